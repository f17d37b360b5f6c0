package org.filo.model;

import java.time.LocalDate;

/** Document creation time: the date relative expressions are resolved against, and where it came from. */
public record Dct(LocalDate value, DctSource source) {
    public static final Dct NONE = new Dct(null, DctSource.NONE);

    public Dct {
        if ((value == null) != (source == DctSource.NONE)) {
            throw new IllegalArgumentException("a DCT has a value exactly when its source is not NONE");
        }
    }

    public boolean isKnown() {
        return value != null;
    }
}
