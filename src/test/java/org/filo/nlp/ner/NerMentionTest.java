package org.filo.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.filo.model.EntityType;
import org.junit.jupiter.api.Test;

class NerMentionTest {
    @Test
    void ioRunsAreMentions() {
        assertEquals(List.of(new NerMention(1, 3, EntityType.PER), new NerMention(3, 4, EntityType.LOC),
                        new NerMention(5, 6, EntityType.ORG)),
                NerMention.fromLabels(List.of("O", "PER", "PER", "LOC", "O", "ORG")));
    }

    @Test
    void bioLabelsAreReadToo() {
        assertEquals(List.of(new NerMention(0, 1, EntityType.PER), new NerMention(1, 3, EntityType.PER)),
                NerMention.fromLabels(List.of("B-PER", "B-PER", "I-PER")));
    }

    @Test
    void unknownLabelIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> NerMention.fromLabels(List.of("MISC")));
    }
}
