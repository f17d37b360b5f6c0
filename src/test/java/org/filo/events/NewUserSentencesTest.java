package org.filo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.filo.model.TimexType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Plain sentences a new user tried (issue 11): a time or a place between verb and object, reunions, initiators. */
class NewUserSentencesTest {
    private static EventFixture fixture(String sentence) {
        return EventFixture.of(sentence, "2024-03-05")
                .person("A1", "Antonio Tajani", "ITA", "Antonio Tajani", "Tajani")
                .person("A2", "Abdel Fattah al-Sisi", "EGY", "Abdel Fattah al-Sisi", "al-Sisi")
                .person("A3", "Donald Tusk", "POL", "Donald Tusk", "Tusk")
                .person("A4", "Olaf Scholz", "DEU", "Olaf Scholz", "Scholz")
                .timex("martedì", TimexType.DATE, "2024-03-05")
                .timex("15 marzo", TimexType.DATE, "2024-03-15")
                .timex("la prossima settimana", TimexType.DATE, "2024-W11")
                .timex("Oggi", TimexType.DATE, "2024-03-05")
                .timex("21 luglio", TimexType.DATE, "2023-07-21");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Tajani ha incontrato martedì al Cairo il presidente egiziano al-Sisi.|MEETING OCCURRED A1+A2 by null",
        "Tajani ha sentito al telefono al-Sisi.|PHONE_CALL OCCURRED A1+A2 by null",
        "Tajani e Scholz si rivedranno a Berlino il 15 marzo.|MEETING PLANNED A1+A4 by null",
        "Tajani incontrerà la prossima settimana Scholz.|MEETING PLANNED A1+A4 by null",
        "La telefonata tra Tajani e Scholz, chiesta da Tusk, è durata un'ora.|PHONE_CALL OCCURRED A1+A4 by A3",
        // "altre conversazioni con Y": more of the kind told before between the same parties, not the same one;
        // undated, more of them are no one contact (below)
        "I messaggi pubblicati da Tajani mostrano le conversazioni avute con Scholz. Poi, a lungo, si parla d'altro. Oggi Tajani ha altre conversazioni con Scholz.|MESSAGE OCCURRED A1+A4 by null;MESSAGE OCCURRED A1+A4 by null",
        "I messaggi pubblicati da Tajani mostrano le conversazioni avute con Scholz. Poi, a lungo, si parla d'altro. Tajani ha documenti di altre conversazioni con Scholz.|MESSAGE OCCURRED A1+A4 by null",
        // "un'altra conversazione del 15 marzo, Scholz parla": another's party is the speaker after it
        "I messaggi pubblicati da Tajani mostrano le conversazioni avute con Scholz. Poi, a lungo, si parla d'altro. In un'altra conversazione del 21 luglio, Scholz parla della crisi.|MESSAGE OCCURRED A1+A4 by null;MESSAGE OCCURRED A1+A4 by null",
        // X's talk with Y: the "di" names one side, the "con" after it the other
        "È stato confermato il colloquio telefonico del ministro Tajani con Scholz.|PHONE_CALL OCCURRED A1+A4 by null",
        // a venue with its country in an aside still comes between verb and object
        "Tajani ha incontrato a Sofia, in Bulgaria, il cancelliere Scholz.|MEETING OCCURRED A1+A4 by null",
    })
    void newUserSentences(String sentence, String expected) {
        assertEquals(EventAssertions.expected(expected), EventAssertions.withInitiator(fixture(sentence)));
    }

    @Test
    void headlineAndBodyAreOneCallOnTheBodysDate() {
        EventFixture f = fixture("Telefonata tra Tajani e Scholz\nTajani ha avuto il 21 luglio una telefonata con Scholz.");
        assertEquals(List.of("PHONE_CALL OCCURRED [A1, A4] init=null date=2023-07-21 dur=null"),
                EventAssertions.describe(EventAssertions.extract(f)));
    }
}
