package org.filo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.filo.model.ActorKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Classes of contact that unseen news (news-dev) tells and the seeds did not: talks, purposes, agents,
 * representatives, distributive "loro", intentions. Each row a sentence and the events it must give
 * (channel, status, participants, initiator); an empty expectation means no event.
 */
class UnseenNewsRulesTest {
    private static EventFixture fixture(String sentence) {
        return EventFixture.of(sentence, "2016-07-07")
                .person("A1", "Staffan de Mistura", null, "Staffan de Mistura", "de Mistura")
                .person("A2", "Sergei Lavrov", "RUS", "Sergei Lavrov", "Lavrov")
                .person("A3", "Muammar Gheddafi", "LBY", "Muammar Gheddafi", "Gheddafi")
                .country("A7", "Germania", "DEU", "Germania")
                .country("A8", "Belgio", "BEL", "Belgio")
                .country("A9", "Spagna", "ESP", "Spagna")
                .country("A10", "Siria", "SYR", "Siria", "Damasco")
                .country("A11", "Stati Uniti", "USA", "Stati Uniti", "Washington")
                .country("A12", "Russia", "RUS", "Russia", "Mosca")
                .actor("A13", ActorKind.GROUP, "ribelli", null, "ribelli")
                .location("Ginevra");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // an infinitive of purpose is a contact still to come; its object is no prepositional phrase
        "Oggi de Mistura è volato a Mosca per incontrare Lavrov.|MEETING PLANNED A1+A2 by null",
        "Ieri de Mistura incontrava Lavrov.|MEETING OCCURRED A1+A2 by null",
        // talks as verbs need a counterpart: dealing with a topic is none
        "Gli Stati Uniti intendono trattare con la Siria.|UNSPECIFIED PLANNED A10+A11 by null",
        "Gli Stati Uniti trattano il tema della guerra.|",
        "Le intese negoziate tra Washington e Mosca hanno retto.|UNSPECIFIED OCCURRED A11+A12 by null",
        // the agent of a nominalised attempt is the subject
        "Si parla di un tentativo da parte di Gheddafi di trattare con i ribelli.|UNSPECIFIED PLANNED A13+A3 by A3",
        // a venue after talks makes them a meeting
        "Le trattative di Ginevra tra la Siria e i ribelli continuano.|MEETING OCCURRED A10+A13 by null",
        "Le trattative tra la Siria e i ribelli continuano.|UNSPECIFIED OCCURRED A10+A13 by null",
        // a conference is talks only where it is held: not a press conference
        "La strada verso la nuova conferenza di Ginevra tra la Siria e i ribelli appare irta di ostacoli.|MEETING PLANNED A10+A13 by null",
        "In una conferenza stampa la Siria e i ribelli hanno parlato.|UNSPECIFIED OCCURRED A10+A13 by null",
        // nor where the name after it is no location the NER found ("la conferenza di Grillo")
        "La strada verso la nuova conferenza di Grillo tra la Siria e i ribelli appare irta di ostacoli.|",
        // representatives stand for those they represent
        "Fu annunciata una riunione di rappresentanti di Mosca, di Washington e della Siria.|MEETING PLANNED A10+A11+A12 by null",
        // a written medium in the sentence makes conversations messages; a verb of talking stays unspecified
        "I messaggi resi pubblici da Lavrov mostrano le conversazioni avute con de Mistura.|MESSAGE OCCURRED A1+A2 by null",
        "Lavrov ha parlato con de Mistura dei messaggi.|UNSPECIFIED OCCURRED A1+A2 by null",
        // "i loro incontri con X" after a coordination: one contact per member
        "Germania, Belgio e Spagna, durante i loro incontri con la Siria, avevano proposto un accordo.|MEETING OCCURRED A10+A7 by null;MEETING OCCURRED A10+A8 by null;MEETING OCCURRED A10+A9 by null",
    })
    void unseenNewsSentences(String sentence, String expected) {
        assertEquals(EventAssertions.expected(expected), EventAssertions.withInitiator(fixture(sentence)));
    }
}
