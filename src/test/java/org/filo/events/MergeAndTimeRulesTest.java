package org.filo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.filo.model.Event;
import org.filo.model.TimexType;
import org.junit.jupiter.api.Test;

/** Mentions of one event merge; dates and durations attach to the trigger they belong to. */
class MergeAndTimeRulesTest {
    private static EventFixture fixture(String text) {
        return EventFixture.of(text, "2023-04-20")
                .person("A1", "Recep Tayyip Erdogan", "TUR", "Recep Tayyip Erdogan", "Erdogan")
                .person("A2", "Vladimir Putin", "RUS", "Vladimir Putin", "Putin")
                .person("A3", "Hakan Fidan", "TUR", "Hakan Fidan", "Fidan")
                .country("A4", "Turchia", "TUR", "Turchia", "Ankara", "turchi")
                .country("A5", "Russia", "RUS", "Russia", "Mosca", "russi")
                .plural("i due leader", "A1", "A2")
                .plural("I due leader", "A1", "A2")
                .timex("ieri", TimexType.DATE, "2023-04-19")
                .timex("il 3 marzo", TimexType.DATE, "2023-03-03")
                .timex("3 marzo", TimexType.DATE, "2023-03-03")
                .timex("lunedì", TimexType.DATE, "2023-04-17")
                .timex("giovedì", TimexType.DATE, "2023-04-20")
                .timex("45 minuti", TimexType.DURATION, "PT45M")
                .timex("circa un'ora", TimexType.DURATION, "PT1H")
                .timex("tre giorni", TimexType.DURATION, "P3D");
    }

    private static List<String> describe(String text) {
        return EventAssertions.describe(EventAssertions.extract(fixture(text)));
    }

    @Test
    void definiteMentionsJoinTheEventTheyReferTo() {
        List<Event> events = EventAssertions.extract(fixture(
                "Erdogan ha avuto ieri un colloquio telefonico con Putin. La telefonata è durata circa un'ora "
                        + "su richiesta di Erdogan. Dopo la chiamata tra i due leader, Fidan è partito per Mosca."));
        assertEquals(List.of("PHONE_CALL OCCURRED [A1, A2] init=A1 date=2023-04-19 dur=PT1H"),
                EventAssertions.describe(events));
        assertEquals(3, events.get(0).mentions().size());
    }

    @Test
    void anotherDateIsAnotherEvent() {
        assertEquals(List.of("PHONE_CALL OCCURRED [A1, A2] init=A1 date=2023-04-19 dur=null",
                        "UNSPECIFIED OCCURRED [A1, A2] init=null date=2023-03-03 dur=null"),
                describe("Erdogan ha telefonato ieri a Putin. I due leader avevano parlato l'ultima volta il 3 marzo."));
    }

    @Test
    void coordinatedDaysDateOneEventFromItsFirst() {
        EventFixture f = fixture("Il 4 e 5 maggio Erdogan incontrerà Putin ad Ankara.")
                .timex("4", TimexType.DATE, "2023-05-04")
                .timex("5 maggio", TimexType.DATE, "2023-05-05");
        assertEquals(List.of("MEETING PLANNED [A1, A2] init=null date=2023-05-04 dur=null"),
                EventAssertions.describe(EventAssertions.extract(f)));
    }

    @Test
    void plannedAndOccurredStaySeparate() {
        assertEquals(List.of("PHONE_CALL OCCURRED [A1, A2] init=A1 date=2023-04-20 dur=PT45M",
                        "MEETING PLANNED [A1, A2] init=null date=null dur=null"),
                describe("Erdogan ha telefonato a Putin per una conversazione di 45 minuti. "
                        + "I due leader dovrebbero incontrarsi a Sochi."));
    }

    @Test
    void countryLevelMentionJoinsTheCallOfItsLeaders() {
        assertEquals(List.of("PHONE_CALL OCCURRED [A1, A2] init=null date=2023-04-19 dur=null"),
                describe("Contatti tra Turchia e Russia. Erdogan e Putin hanno avuto ieri un colloquio telefonico."));
    }

    @Test
    void countryLevelMeetingIsNotTheLeadersCall() {
        assertEquals(2, describe("Erdogan e Putin hanno avuto ieri un colloquio telefonico. "
                + "Funzionari turchi e russi hanno avuto ieri colloqui ad Ankara.").size());
    }

    @Test
    void dateOfTheStatementIsNotTheDateOfTheEvent() {
        assertEquals(List.of("PHONE_CALL PLANNED [A1, A2] init=A1 date=null dur=null"),
                describe("Lunedì, il portavoce di Ankara ha affermato che Erdogan telefonerà a Putin."));
        assertEquals(List.of("UNSPECIFIED OCCURRED [A1, A2] init=null date=2023-04-17 dur=null"),
                describe("Erdogan ha parlato con Putin lunedì, ha detto ai giornalisti Fidan giovedì."));
    }

    @Test
    void aStartingPointIsNoDateOfAnOccurredEvent() {
        assertEquals(List.of("PHONE_CALL OCCURRED [A1, A2] init=null date=2023-04-19 dur=null"),
                describe("Erdogan e Putin hanno avuto ieri un colloquio telefonico, il primo dal 3 marzo."));
    }

    @Test
    void durationOnlyWhenItMeasuresTheContact() {
        assertEquals(List.of("PHONE_CALL OCCURRED [A1, A2] init=null date=2023-04-20 dur=null"),
                describe("È la prima telefonata tra Erdogan e Putin in tre giorni."));
        assertEquals(List.of("UNSPECIFIED OCCURRED [A1, A2] init=null date=2023-04-20 dur=PT45M"),
                describe("Erdogan ha avuto una conversazione di 45 minuti con Putin."));
        assertEquals(List.of("UNSPECIFIED OCCURRED [A1, A2] init=null date=2023-04-20 dur=PT45M"),
                describe("Dopo 45 minuti di colloquio con Putin, Erdogan è ripartito."));
    }

    @Test
    void undatedOccurredEventTakesTheDctUnlessOngoing() {
        assertEquals(List.of("UNSPECIFIED OCCURRED [A4, A5] init=null date=null dur=null"),
                describe("La Turchia sta discutendo con la Russia del grano."));
    }
}
