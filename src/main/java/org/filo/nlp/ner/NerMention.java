package org.filo.nlp.ner;

import java.util.ArrayList;
import java.util.List;
import org.filo.model.EntityType;

/** An entity found by a {@link NerTagger}: words [startWord, endWord) of the sentence it tagged. */
public record NerMention(int startWord, int endWord, EntityType type) {

    /**
     * The mentions of one sentence's labels. Reads the model's IO labels ({@code PER PER O}: a run of
     * one type is one mention) and tolerates BIO ({@code B-PER I-PER}, a {@code B-} always starts one).
     */
    public static List<NerMention> fromLabels(List<String> labels) {
        List<NerMention> mentions = new ArrayList<>();
        int start = -1;
        EntityType open = null;
        for (int i = 0; i < labels.size(); i++) {
            String label = labels.get(i);
            boolean begins = label.startsWith("B-");
            EntityType type = "O".equals(label) ? null
                    : typeOf(begins || label.startsWith("I-") ? label.substring(2) : label);
            if (open != null && (type != open || begins)) {
                mentions.add(new NerMention(start, i, open));
                open = null;
            }
            if (type != null && open == null) {
                open = type;
                start = i;
            }
        }
        if (open != null) {
            mentions.add(new NerMention(start, labels.size(), open));
        }
        return List.copyOf(mentions);
    }

    private static EntityType typeOf(String label) {
        try {
            return EntityType.valueOf(label);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a PER/ORG/LOC/O label: " + label, e);
        }
    }
}
