package org.filo.ingest;

import java.io.Writer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.tika.sax.ToTextContentHandler;
import org.filo.model.Span;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;

/**
 * Listens to the same parse as the text handler and records where page-structure elements and links fall in the
 * text. It is Tika's own {@link ToTextContentHandler} writing into a counter, so its offsets count exactly the
 * characters the text handler writes (script and style text skipped alike). One per parse: it holds state.
 */
final class LayoutRecorder extends ToTextContentHandler {
    /** Elements whose text is page furniture wherever they are. */
    private static final Set<String> FURNITURE = Set.of("nav", "aside", "footer");
    /** A header is the page's masthead unless it sits in one of these (then it holds the story's headline). */
    private static final Set<String> STORY = Set.of("article", "main");

    private final Counter counter;
    private final Deque<String> open = new ArrayDeque<>(); // tracked elements: "F" furniture, "S" story, "-" other
    private final List<Span> furniture = new ArrayList<>();
    private final List<Span> links = new ArrayList<>();
    private int furnitureDepth;
    private int storyDepth;
    private int furnitureStart;
    private final Deque<Integer> linkStarts = new ArrayDeque<>();

    private static final class Counter extends Writer {
        long count;

        @Override
        public void write(char[] chars, int off, int len) {
            count += len;
        }

        @Override
        public void write(String s, int off, int len) {
            count += len;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    private LayoutRecorder(Counter counter) {
        super(counter);
        this.counter = counter;
    }

    static LayoutRecorder create() {
        return new LayoutRecorder(new Counter());
    }

    /** Characters written so far: the length of the text the text handler holds. */
    long length() {
        return counter.count;
    }

    PageLayout layout() {
        return new PageLayout(furniture, links);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        super.startElement(uri, localName, qName, atts);
        String name = localName.toLowerCase(Locale.ROOT);
        if (name.equals("a")) {
            linkStarts.push(offset());
            return;
        }
        String kind = FURNITURE.contains(name) || name.equals("header") && storyDepth == 0 ? "F"
                : STORY.contains(name) ? "S" : name.equals("header") ? "-" : null;
        if (kind == null) {
            return;
        }
        open.push(kind);
        if (kind.equals("F") && furnitureDepth++ == 0) {
            furnitureStart = offset();
        }
        storyDepth += kind.equals("S") ? 1 : 0;
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        super.endElement(uri, localName, qName);
        String name = localName.toLowerCase(Locale.ROOT);
        if (name.equals("a")) {
            if (!linkStarts.isEmpty()) {
                add(links, linkStarts.pop());
            }
            return;
        }
        if (!(FURNITURE.contains(name) || STORY.contains(name) || name.equals("header")) || open.isEmpty()) {
            return;
        }
        String kind = open.pop();
        if (kind.equals("F") && --furnitureDepth == 0) {
            add(furniture, furnitureStart);
        }
        storyDepth -= kind.equals("S") ? 1 : 0;
    }

    private void add(List<Span> spans, int start) {
        if (offset() > start) {
            spans.add(new Span(start, offset()));
        }
    }

    private int offset() {
        return (int) Math.min(Integer.MAX_VALUE, counter.count);
    }
}
