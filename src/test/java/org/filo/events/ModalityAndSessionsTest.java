package org.filo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.filo.model.ActorKind;
import org.filo.model.TimexType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 11, classes 3–7: sessions of one international body, expectation and readiness as plans, boycotts,
 * passives, the sender of a message as its initiator, verbs of lasting. Each row a sentence and its events
 * (channel, status, participants, initiator); an empty expectation means no event.
 */
class ModalityAndSessionsTest {
    private static EventFixture fixture(String sentence) {
        return EventFixture.of(sentence, "2024-03-05")
                .person("A1", "Vladimir Putin", "RUS", "Vladimir Putin", "Putin")
                .person("A2", "Volodymyr Zelensky", "UKR", "Volodymyr Zelensky", "Zelensky")
                .person("A3", "Marco Rubio", "USA", "Marco Rubio", "Rubio")
                .person("A4", "Isaac Herzog", "ISR", "Isaac Herzog", "Herzog")
                .actor("A5", ActorKind.ORGANIZATION, "Lega Araba", null, "Lega Araba")
                .actor("A6", ActorKind.ORGANIZATION, "Consiglio di sicurezza dell'Onu", null,
                        "Consiglio di sicurezza dell'Onu")
                .actor("A7", ActorKind.ORGANIZATION, "Nato", null, "Nato")
                .actor("A8", ActorKind.ORGANIZATION, "Consiglio nazionale siriano", "SYR", "Consiglio nazionale siriano")
                .country("A9", "Siria", "SYR", "Siria", "Damasco")
                .actor("A10", ActorKind.GROUP, "opposizione", null, "opposizione")
                .person("A11", "Joe Biden", "USA", "Joe Biden", "Biden")
                .actor("A12", ActorKind.GROUP, "ribelli", null, "ribelli")
                .timex("ieri", TimexType.DATE, "2024-03-04")
                .timex("la prossima settimana", TimexType.DATE, "2024-W11")
                .timex("20 maggio", TimexType.DATE, "2024-05-20")
                .timex("circa due ore", TimexType.DURATION, "PT2H")
                .timex("tre ore", TimexType.DURATION, "PT3H");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a session of an international body: one participant slot, the body
        "Il vertice della Lega Araba si terrà il 20 maggio a Baghdad.|MEETING PLANNED A5 by null",
        "Il Consiglio di sicurezza dell'Onu si è riunito ieri a New York.|MEETING OCCURRED A6 by null",
        "È iniziato ieri a Bruxelles il vertice Nato.|MEETING OCCURRED A7 by null",
        "La Lega Araba, nonostante le divisioni, si prepara nel corso della sua riunione odierna a sospendere Damasco.|MEETING OCCURRED A5 by null",
        // a body of one country meeting is that side's own session; a person alone holds none
        "Il Consiglio nazionale siriano si è riunito ieri a Istanbul.|",
        "Il vertice di Putin è durato poco.|",
        // expectation is a plan; possibility alone is none
        "Secondo fonti diplomatiche, presto potrebbe esserci un incontro tra Putin e Zelensky.|MEETING PLANNED A1+A2 by null",
        "Putin potrebbe incontrare Zelensky.|",
        // readiness to talk is a plan
        "La Siria si è detta pronta a negoziare con l'opposizione.|UNSPECIFIED PLANNED A10+A9 by null",
        // a boycott or a walk-out suspends the talks
        "L'opposizione ha boicottato i colloqui di Ginevra con la Siria.|MEETING SUSPENDED A10+A9 by null",
        "L'opposizione ha abbandonato il tavolo dei negoziati con la Siria.|UNSPECIFIED SUSPENDED A10+A9 by null",
        // a go-between is a party; a mediation asked for is a topic
        "I ribelli hanno aperto vie di comunicazione con Damasco attraverso uno dei loro sponsor, la Lega Araba.|UNSPECIFIED OCCURRED A12+A5+A9 by null",
        "Putin ha parlato con Zelensky con la mediazione della Lega Araba.|UNSPECIFIED OCCURRED A1+A2+A5 by null",
        "Putin ha parlato con Zelensky della necessità di una mediazione della Lega Araba.|UNSPECIFIED OCCURRED A1+A2 by null",
        // the passive's agent is the host
        "Rubio è stato ricevuto dal presidente israeliano Herzog a Gerusalemme.|MEETING OCCURRED A3+A4 by null",
        // the sender of a letter initiates it, whether he sends it or the other receives it
        "Herzog ha inviato una lettera a Rubio.|MESSAGE OCCURRED A3+A4 by A4",
        "Zelensky ha ricevuto una lettera dal segretario di Stato Rubio.|MESSAGE OCCURRED A2+A3 by A3",
        "C'è stata una lettera tra Putin e Zelensky.|MESSAGE OCCURRED A1+A2 by null",
        // the noun's own predicate after its parties: scheduled, or a reflexive future
        "L'incontro tra il presidente russo Putin e il presidente ucraino Zelensky è previsto per la prossima settimana.|MEETING PLANNED A1+A2 by null",
        "Il vertice tra il presidente americano Biden e il presidente russo Putin si terrà in Alaska.|MEETING PLANNED A1+A11 by null",
        // a manner phrase between verb and object
        "Herzog ha ricevuto in udienza il segretario di Stato Rubio.|MEETING OCCURRED A3+A4 by null",
        // an aside between the noun and its "con" counterpart
        "Putin ha avuto un colloquio telefonico, su richiesta della parte turca, con Zelensky.|PHONE_CALL OCCURRED A1+A2 by null",
        // a standing channel suspended, then resumed: two states of it, each with its own mention
        "Putin e Zelensky hanno sospeso la linea diretta. Il giorno dopo hanno ripristinato la linea diretta.|HOTLINE SUSPENDED A1+A2 by null;HOTLINE RESUMED A1+A2 by null",
    })
    void sessionsAndModality(String sentence, String expected) {
        assertEquals(EventAssertions.expected(expected), EventAssertions.withInitiator(fixture(sentence)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Il colloquio tra il presidente russo Putin e il presidente americano Biden si è protratto per circa due ore.|PT2H",
        "Il colloquio tra Putin e Biden è andato avanti per tre ore.|PT3H",
        "Biden ha parlato per circa due ore con Putin.|PT2H",
        // a duration after another trigger is that one's
        "Il colloquio tra Putin e Biden è stato seguito da una telefonata con Zelensky durata tre ore.|null;PT3H",
    })
    void durationAfterAVerbOfLasting(String sentence, String expected) {
        List<String> durations = EventAssertions.extract(fixture(sentence)).stream()
                .map(e -> String.valueOf(e.duration().value())).toList();
        assertEquals(EventAssertions.expected(expected), durations);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a date before "e" + article is the first coordinated noun's
        "Dopo le accuse per le stragi nel 2013 e le intese negoziate tra Putin e Biden l'anno scorso, nulla cambiò.|2023",
        "Nel 2013 Putin e Biden hanno tenuto un incontro.|2013",
    })
    void dateOfTheTriggersOwnNoun(String sentence, String date) {
        EventFixture f = fixture(sentence).timex("2013", TimexType.DATE, "2013").timex("l'anno scorso", TimexType.DATE, "2023");
        assertEquals(List.of(date), EventAssertions.extract(f).stream().map(e -> e.date().value()).toList());
    }

    @Test
    void talksAreNotTheLetterOfTheirParties() {
        EventFixture f = fixture("Le trattative tra Putin e Zelensky proseguono. Putin ha inviato una lettera a Zelensky.");
        assertEquals(List.of("UNSPECIFIED OCCURRED A1+A2 by null", "MESSAGE OCCURRED A1+A2 by A1"),
                EventAssertions.withInitiator(f));
    }

    @Test
    void oneSideUnderTwoNamesIsOneParty() {
        // the headline's "opposizione" and the body's "ribelli" are the one side of sides.tsv: one contact
        EventFixture f = fixture("Negoziato tra opposizione e Siria\nI ribelli hanno aperto vie di comunicazione con la Siria.");
        assertEquals(1, EventAssertions.extract(f).size());
    }

    @Test
    void headlinePastItsKickerNamesPartOfTheBodysParties() {
        // "SIRIA." is the kicker of the headline line; the body names the go-between the headline leaves out
        EventFixture f = fixture("SIRIA. Negoziato in stallo tra opposizione e Siria\n"
                + "I ribelli hanno aperto vie di comunicazione con Damasco attraverso la Lega Araba.");
        assertEquals(List.of("UNSPECIFIED OCCURRED A12+A5+A9 by null"), EventAssertions.withInitiator(f));
    }
}
