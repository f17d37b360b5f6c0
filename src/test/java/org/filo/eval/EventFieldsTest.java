package org.filo.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventFieldsTest {
    private static final SystemParticipant AUSTIN = new SystemParticipant("A1", "PERSON", "Lloyd Austin", "USA");
    private static final SystemParticipant SHOIGU = new SystemParticipant("A2", "PERSON", "Sergei Shoigu", "RUS");
    private static final SystemParticipant USA = new SystemParticipant("A9", "COUNTRY", "Stati Uniti", "USA");
    private final EventFields fields = new EventFields(Map.of("A9", USA));

    private static GoldEvent gold(List<String> initiator, String date, String duration) {
        return new GoldEvent("d", "E1", "PHONE_CALL", "OCCURRED", List.of(List.of("austin"), List.of("shoigu")),
                initiator, date, duration, null);
    }

    private static SystemEvent system(String initiator, String date, String duration) {
        return new SystemEvent("d", "S1", "PHONE_CALL", "OCCURRED", List.of(AUSTIN, SHOIGU), initiator, date,
                duration, List.of());
    }

    @Test
    void initiatorIsLookedUpAmongParticipantsThenDocumentActors() {
        assertTrue(fields.initiator(gold(List.of("austin"), null, null), system("A1", null, null)));
        assertTrue(fields.initiator(gold(List.of("usa", "austin"), null, null), system("A9", null, null)));
        assertFalse(fields.initiator(gold(List.of("austin"), null, null), system("A2", null, null)));
        assertFalse(fields.initiator(gold(List.of("austin"), null, null), system("A77", null, null)), "no such actor");
        assertTrue(fields.initiator(gold(null, null, null), system(null, null, null)), "null = null");
        assertFalse(fields.initiator(gold(null, null, null), system("A1", null, null)));
        assertFalse(fields.initiator(gold(List.of("austin"), null, null), system(null, null, null)));
    }

    @Test
    void eventDatesCompareToTheDay() {
        assertTrue(fields.date(gold(null, "2013-06-13", null), system(null, "2013-06-13TAF", null)));
        assertTrue(fields.date(gold(null, "2013-06-13T08:00", null), system(null, "2013-06-13", null)));
        assertFalse(fields.date(gold(null, "2013-06-13", null), system(null, "2013-06-14TAF", null)));
        assertFalse(fields.date(gold(null, "2013-06", null), system(null, "2013-06-13", null)), "a month is no day");
    }

    @Test
    void dateAndDurationCompareAsTimexValuesWithNullAsAValue() {
        assertTrue(fields.duration(gold(null, null, "PT90M"), system(null, null, "PT1.5H")));
        assertTrue(fields.duration(gold(null, null, null), system(null, null, null)));
        assertFalse(fields.duration(gold(null, null, null), system(null, null, "PT1H")));
        assertTrue(fields.date(gold(null, "2022-05-13T24:00", null), system(null, "2022-05-14T00:00", null)));
        assertFalse(fields.date(gold(null, "2022-05-13", null), system(null, null, null)));
        assertEquals(4, fields.agreeing(gold(null, null, null), system(null, null, null)));
    }

    @Test
    void differencesNameTheFields() {
        List<EventFields.Difference> d = fields.differences(gold(List.of("austin"), "2022-05-13", null),
                system("A2", "2022-05-12", null), new EventPairing.Overlap(2, 3));
        assertEquals(List.of("participants", "date", "initiator"), d.stream().map(EventFields.Difference::field)
                .toList());
        assertEquals("A2 Sergei Shoigu (PERSON)", d.get(2).system());
    }
}
