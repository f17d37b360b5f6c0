package org.filo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.BitSet;
import org.junit.jupiter.api.Test;

/** The pipeline parses only sentences of the article that hold a trigger. */
class SentencesToParseTest {
    @Test
    void onlyContentSentencesWithATrigger() {
        EventInput in = EventFixture.of("Biden ha parlato con Xi. Il tempo era bello. Xi ha incontrato Putin. "
                + "Ti potrebbe interessare: la telefonata tra Macron e Scholz.")
                .contentUntil("Ti potrebbe interessare").input();
        BitSet chosen = EventAssertions.EXTRACTOR.sentencesToParse(in.document(), in.analysis());
        BitSet expected = new BitSet();
        expected.set(0);
        expected.set(2);
        assertEquals(expected, chosen);
    }
}
