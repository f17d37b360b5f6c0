package org.filo.events;

import java.util.List;
import java.util.function.ToIntFunction;
import org.filo.model.Span;

/**
 * The part of a document-wide list (actor mentions, timexes) that can touch one sentence. Each sentence looking
 * through the whole document's lists made a 10 MB text quadratic; the stages give these lists sorted by start, so a
 * binary search and the longest item bound the window. A list out of order (no stage makes one) is given whole;
 * every reader still checks that an item lies in its sentence.
 */
final class SentenceWindow<T> {
    private final List<T> items;
    private final ToIntFunction<T> start;
    private final boolean sorted;
    private final int longest;

    SentenceWindow(List<T> items, ToIntFunction<T> start, ToIntFunction<T> end) {
        this.items = items;
        this.start = start;
        boolean inOrder = true;
        int max = 0;
        for (int i = 0; i < items.size(); i++) {
            inOrder &= i == 0 || start.applyAsInt(items.get(i - 1)) <= start.applyAsInt(items.get(i));
            max = Math.max(max, end.applyAsInt(items.get(i)) - start.applyAsInt(items.get(i)));
        }
        this.sorted = inOrder;
        this.longest = max;
    }

    /** Items that may overlap the span, in list order (a superset of those that do). */
    List<T> near(Span span) {
        if (!sorted) {
            return items;
        }
        int from = firstStartingAt(span.start() - longest);
        int to = firstStartingAt(span.end());
        return items.subList(from, to);
    }

    private int firstStartingAt(int offset) {
        int lo = 0;
        int hi = items.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (start.applyAsInt(items.get(mid)) < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
