package org.filo.pipeline;

import java.util.List;
import org.filo.model.Sentence;

/** Finding the sentence at a character offset. */
final class Sentences {
    private Sentences() {
    }

    /** Index of the sentence whose span holds {@code offset}, or -1 (between sentences, or none). */
    static int indexAt(List<Sentence> sentences, int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }
}
