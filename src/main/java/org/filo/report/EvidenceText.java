package org.filo.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.filo.report.ReportEvent.Evidence;
import org.filo.report.ReportEvent.Mark;
import org.filo.report.ReportEvent.Piece;

/**
 * Cuts a mention's sentence out of its document and marks the trigger and the participants in it. Offsets
 * are code points (records.md); the pieces are plain strings, so the page never handles offsets. A sentence
 * longer than {@link #MAX_SIDE} code points on either side of the trigger (a live blog without full stops)
 * is clipped around the trigger, the cut shown by an ellipsis.
 */
final class EvidenceText {
    static final int MAX_SIDE = 600;

    private EvidenceText() {
    }

    /** A code-point range [start, end). */
    record Range(int start, int end) {
    }

    /**
     * The evidence from the document's code points ({@code text.codePoints().toArray()}, computed once per
     * document), or null when the sentence does not fit the text. A trigger outside the sentence is
     * ignored; parties overlapping the trigger leave the trigger marked.
     */
    static Evidence of(int[] cps, Range sentence, Range trigger, List<Range> parties) {
        if (sentence == null || sentence.start() < 0 || sentence.end() > cps.length
                || sentence.start() >= sentence.end()) {
            return null;
        }
        int from = sentence.start();
        int to = sentence.end();
        boolean triggerInside = trigger != null && trigger.start() >= from && trigger.end() <= to
                && trigger.start() < trigger.end();
        if (triggerInside) {
            from = Math.max(from, trigger.start() - MAX_SIDE);
            to = Math.min(to, trigger.end() + MAX_SIDE);
        } else {
            to = Math.min(to, from + 2 * MAX_SIDE);
        }
        Mark[] marks = new Mark[to - from];
        Arrays.fill(marks, Mark.PLAIN);
        for (Range p : parties) {
            paint(marks, from, p, Mark.PARTY);
        }
        if (triggerInside) {
            paint(marks, from, trigger, Mark.TRIGGER);
        }
        List<Piece> pieces = new ArrayList<>();
        if (from > sentence.start()) {
            pieces.add(new Piece("…", Mark.PLAIN));
        }
        int runStart = 0;
        for (int i = 1; i <= marks.length; i++) {
            if (i == marks.length || marks[i] != marks[runStart]) {
                pieces.add(new Piece(new String(cps, from + runStart, i - runStart), marks[runStart]));
                runStart = i;
            }
        }
        if (to < sentence.end()) {
            pieces.add(new Piece("…", Mark.PLAIN));
        }
        return new Evidence(pieces);
    }

    private static void paint(Mark[] marks, int offset, Range r, Mark mark) {
        for (int i = Math.max(r.start(), offset); i < Math.min(r.end(), offset + marks.length); i++) {
            marks[i - offset] = mark;
        }
    }
}
