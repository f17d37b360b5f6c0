package org.filo.model;

/** Where a document's creation time came from, in order of precedence. */
public enum DctSource {
    MANIFEST, METADATA, OPTION, INFERRED, NONE;

    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
