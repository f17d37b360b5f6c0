package org.filo.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventCodesTest {
    private static final EventCodes CODES = EventCodes.load(Path.of("models/dataset/event-codes.tsv"));

    /** Each row's own example is coded by that row: no earlier row shadows it. */
    @Test
    void everyRowCodesItsExample() {
        for (EventCodes.Rule r : CODES.rules()) {
            String channel = "*".equals(r.channel()) ? "UNSPECIFIED" : r.channel();
            String status = "*".equals(r.status()) ? "OCCURRED" : r.status();
            int participants = r.multilateral() ? 3 : 2;
            assertEquals(r.codes(), CODES.codes(channel, status, participants,
                    r.exampleTrigger() + "\n" + r.exampleSentence()), "line " + r.line());
        }
    }

    @Test
    void channelAndWordingGiveCameoAndPlover() {
        record Row(String channel, int participants, String wording, String cameo, String mode) {
        }
        for (Row row : List.of(
                new Row("PHONE_CALL", 2, "telefonata", "041", "phone"),
                new Row("MEETING", 2, "la visita a Mosca", "042", "visit"),
                new Row("MEETING", 3, "incontro a tre", "044", "multilateral"),
                new Row("UNSPECIFIED", 2, "contatti", "040", null),
                new Row("MEETING", 2, "la mediazione egiziana", "045", "third-party"))) {
            assertEquals(new EventCodes.Codes(row.cameo(), row.mode()),
                    CODES.codes(row.channel(), "OCCURRED", row.participants(), row.wording()), row.toString());
        }
    }
}
