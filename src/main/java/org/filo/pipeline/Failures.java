package org.filo.pipeline;

import java.util.List;
import org.filo.ingest.SourceFile;
import org.filo.model.Dct;
import org.filo.model.Document;
import org.filo.model.Language;

/** Turns what went wrong into the one-sentence errors of the records. */
final class Failures {
    private Failures() {
    }

    static String sentence(String what, Throwable e) {
        String detail = e.getMessage() == null ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": " + e.getMessage();
        detail = detail.replaceAll("\\s+", " ");
        if (detail.length() > 300) {
            detail = detail.substring(0, 300) + "…";
        }
        return Character.toUpperCase(what.charAt(0)) + what.substring(1) + " (" + detail + ").";
    }

    static boolean isInterruption(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            // CoreNLP stops with its own RuntimeInterruptedException, which this stage may not import
            if (t instanceof InterruptedException || t instanceof java.io.InterruptedIOException
                    || t instanceof org.filo.model.TimeLimit.Exceeded
                    || t.getClass().getSimpleName().equals("RuntimeInterruptedException")
                    || String.valueOf(t.getMessage()).startsWith("interrupted")) {
                return true;
            }
        }
        return false;
    }

    /** The document of a file that could not even be described: its identity, no text, no metadata. */
    static Document identityOnly(SourceFile file) {
        return new Document(file.docId(), file.source(), file.manifestUrl(), null, null, Language.UNKNOWN, null,
                Dct.NONE, "", List.of());
    }
}
