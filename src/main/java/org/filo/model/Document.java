package org.filo.model;

import java.util.List;

/**
 * An ingested document: its identity, metadata and extracted text. {@code url} is where it was published (from
 * a manifest or the page's own markup), null when unknown. {@code contentSpans} are the parts of {@code text}
 * judged to be the article rather than page furniture.
 */
public record Document(String docId, String source, String url, String sha256, String contentType,
                       Language language, String title, Dct dct, String text, List<Span> contentSpans) {
    public Document {
        contentSpans = List.copyOf(contentSpans);
    }

    public Document withDct(Dct newDct) {
        return new Document(docId, source, url, sha256, contentType, language, title, newDct, text, contentSpans);
    }

    /** True when the span lies wholly inside one content span. */
    public boolean inContent(Span span) {
        for (Span c : contentSpans) {
            if (c.contains(span)) {
                return true;
            }
        }
        return false;
    }
}
