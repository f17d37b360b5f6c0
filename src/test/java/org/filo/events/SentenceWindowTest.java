package org.filo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.filo.model.Span;
import org.junit.jupiter.api.Test;

/** The window of a document-wide list that can touch a sentence holds every item that overlaps it, and little more. */
class SentenceWindowTest {
    private static final List<Span> ITEMS = List.of(new Span(0, 5), new Span(3, 30), new Span(12, 14),
            new Span(20, 22), new Span(40, 45), new Span(50, 51));

    @Test
    void everyOverlappingItemIsInTheWindowInListOrder() {
        SentenceWindow<Span> window = new SentenceWindow<>(ITEMS, Span::start, Span::end);
        for (Span sentence : List.of(new Span(0, 10), new Span(10, 25), new Span(25, 41), new Span(46, 50),
                new Span(44, 60), new Span(60, 70))) {
            List<Span> near = window.near(sentence);
            List<Span> overlapping = ITEMS.stream().filter(sentence::overlaps).toList();
            assertTrue(near.containsAll(overlapping), sentence + ": " + near);
            assertEquals(near.stream().sorted((a, b) -> Integer.compare(a.start(), b.start())).toList(), near);
            assertTrue(near.stream().allMatch(s -> s.start() < sentence.end()), "nothing after the sentence");
        }
        assertEquals(List.of(new Span(40, 45)), window.near(new Span(41, 44)).stream()
                .filter(new Span(41, 44)::overlaps).toList());
    }

    @Test
    void aListOutOfOrderIsGivenWhole() {
        List<Span> unsorted = List.of(new Span(20, 22), new Span(0, 5));
        assertEquals(unsorted, new SentenceWindow<>(unsorted, Span::start, Span::end).near(new Span(0, 3)));
    }
}
