package org.filo.model;

/** Detected language: ISO 639-1 code and the detector's confidence in [0, 1]. */
public record Language(String code, double confidence) {
    public static final Language UNKNOWN = new Language("und", 0.0);

    public boolean isItalian() {
        return "it".equals(code);
    }
}
