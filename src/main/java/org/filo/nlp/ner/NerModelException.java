package org.filo.nlp.ner;

/** The NER model cannot be loaded or is not the one this code was written for. */
public final class NerModelException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public NerModelException(String message, Throwable cause) {
        super(message, cause);
    }

    public NerModelException(String message) {
        super(message);
    }
}
