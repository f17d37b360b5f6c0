package org.filo.ingest;

import java.time.Duration;

/**
 * Limits of the ingest stage, parsed once and shared by every worker.
 *
 * @param maxBytes        files larger than this are TOO_LARGE, decided from the file size before reading
 * @param maxChars        most characters extracted from one file (Tika's write limit; also stops zip bombs)
 * @param parseTimeout    longest one parse may run before the document is TIMEOUT
 * @param shortTextChars  content shorter than this is "short": the language detector alone cannot call it
 *                        non-Italian, the Italian function-word share decides as well
 * @param notItalianScore lowest detector probability for a non-Italian language to make a document NOT_ITALIAN
 */
public record IngestConfig(long maxBytes, int maxChars, Duration parseTimeout, int shortTextChars,
                           double notItalianScore) {

    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
    public static final int DEFAULT_MAX_CHARS = 2_000_000;
    public static final Duration DEFAULT_PARSE_TIMEOUT = Duration.ofSeconds(60);
    public static final int DEFAULT_SHORT_TEXT_CHARS = 400;
    public static final double DEFAULT_NOT_ITALIAN_SCORE = 0.80;

    public IngestConfig {
        if (maxBytes <= 0 || maxChars <= 0 || shortTextChars < 0) {
            throw new IllegalArgumentException("ingest limits must be positive: maxBytes=" + maxBytes
                    + ", maxChars=" + maxChars + ", shortTextChars=" + shortTextChars);
        }
        if (parseTimeout == null || parseTimeout.isNegative() || parseTimeout.isZero()) {
            throw new IllegalArgumentException("parse timeout must be positive, was " + parseTimeout);
        }
        if (notItalianScore <= 0 || notItalianScore > 1) {
            throw new IllegalArgumentException("notItalianScore must be in (0, 1], was " + notItalianScore);
        }
    }

    public static IngestConfig defaults() {
        return new IngestConfig(DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS, DEFAULT_PARSE_TIMEOUT,
                DEFAULT_SHORT_TEXT_CHARS, DEFAULT_NOT_ITALIAN_SCORE);
    }

    public IngestConfig withParseTimeout(Duration timeout) {
        return new IngestConfig(maxBytes, maxChars, timeout, shortTextChars, notItalianScore);
    }

    public IngestConfig withMaxBytes(long bytes) {
        return new IngestConfig(bytes, maxChars, parseTimeout, shortTextChars, notItalianScore);
    }

    public IngestConfig withMaxChars(int chars) {
        return new IngestConfig(maxBytes, chars, parseTimeout, shortTextChars, notItalianScore);
    }
}
