package org.filo.eval;

import java.util.ArrayList;
import java.util.List;

/** A typed entity over words [start, end) of a sentence. */
public record EntitySpan(int start, int end, String type) {

    /**
     * Entities of a label sequence, as CoNLL's conlleval reads them. Accepts BIO ({@code B-PER},
     * {@code I-PER}) and IO ({@code PER}) labels, and {@code O}: a {@code B-} label always opens an
     * entity; an {@code I-} or bare label continues the open entity of the same type, else opens one.
     */
    public static List<EntitySpan> fromLabels(List<String> labels) {
        List<EntitySpan> spans = new ArrayList<>();
        int start = -1;
        String open = null;
        for (int i = 0; i < labels.size(); i++) {
            String label = labels.get(i);
            if (label == null || label.isEmpty()) {
                throw new IllegalArgumentException("empty label at word " + i);
            }
            boolean begins = label.startsWith("B-");
            String type = label.equals("O") ? null
                    : begins || label.startsWith("I-") ? label.substring(2) : label;
            if (open != null && (type == null || begins || !type.equals(open))) {
                spans.add(new EntitySpan(start, i, open));
                open = null;
            }
            if (type != null && open == null) {
                open = type;
                start = i;
            }
        }
        if (open != null) {
            spans.add(new EntitySpan(start, labels.size(), open));
        }
        return spans;
    }
}
