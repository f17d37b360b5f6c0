package org.filo.ingest;

import java.util.List;
import org.filo.model.Span;

/**
 * What an HTML page's structure says about its text, in offsets of the extracted text: the stretches inside
 * {@code nav}, {@code aside}, {@code footer} and a page-level {@code header} (not one inside {@code article} or
 * {@code main}), and the text of every link. Plain text and other formats have {@link #NONE}.
 */
record PageLayout(List<Span> furniture, List<Span> links) {
    static final PageLayout NONE = new PageLayout(List.of(), List.of());

    PageLayout {
        furniture = List.copyOf(furniture);
        links = List.copyOf(links);
    }

    boolean isEmpty() {
        return furniture.isEmpty() && links.isEmpty();
    }

    /**
     * The layout of the text after {@code lead} leading characters were stripped from it; spans are clipped to
     * {@code [0, length)} of the stripped text.
     */
    PageLayout shifted(int lead, int length) {
        return new PageLayout(shift(furniture, lead, length), shift(links, lead, length));
    }

    private static List<Span> shift(List<Span> spans, int lead, int length) {
        return spans.stream().map(s -> new Span(clip(s.start() - lead, length), clip(s.end() - lead, length)))
                .filter(s -> s.length() > 0).toList();
    }

    private static int clip(int offset, int length) {
        return Math.max(0, Math.min(length, offset));
    }
}
