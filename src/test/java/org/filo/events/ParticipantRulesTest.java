package org.filo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.filo.model.ActorKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Parties from the sentence's structure, without a parse (surface rules). */
class ParticipantRulesTest {
    private static EventFixture fixture(String sentence) {
        return EventFixture.of(sentence, "2023-04-20")
                .person("A1", "Emmanuel Macron", "FRA", "Emmanuel Macron", "Macron", "il presidente francese", "Il presidente francese")
                .person("A2", "Olaf Scholz", "DEU", "Olaf Scholz", "Scholz", "il cancelliere tedesco")
                .person("A3", "Xi Jinping", "CHN", "Xi Jinping", "Xi")
                .person("A4", "Li Qiang", "CHN", "Li Qiang")
                .person("A5", "Catherine Colonna", "FRA", "Catherine Colonna")
                .person("A6", "Qin Gang", "CHN", "Qin Gang")
                .country("A7", "Francia", "FRA", "Francia", "Parigi", "francesi")
                .country("A8", "Cina", "CHN", "Cina", "Pechino", "cinesi")
                .actor("A9", ActorKind.ORGANIZATION, "Eliseo", "FRA", "Eliseo")
                .plural("i due leader", "A1", "A3");
    }

    private static List<String> parties(String sentence) {
        return EventAssertions.extract(fixture(sentence)).stream()
                .map(e -> String.join("+", e.participants().stream().sorted().toList())).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Macron ha parlato con Xi della guerra.|A1+A3",
        "La telefonata tra Macron e Xi è durata un'ora.|A1+A3",
        "Macron e Xi hanno tenuto un colloquio a Pechino.|A1+A3",
        "Macron e Xi si sono incontrati a Pechino.|A1+A3",
        "Ieri Macron ha incontrato Xi Jinping a Pechino.|A1+A3",
        "Il presidente francese ha telefonato a Xi.|A1+A3",
        "Secondo l'Eliseo, Macron ha parlato con Xi.|A1+A3",
        "I funzionari francesi e cinesi hanno avuto colloqui a Ginevra.|A7+A8",
        "Il vertice fra Francia, Cina e Scholz è finito.|A2+A7+A8",
        "Dopo aver parlato con Xi, Macron ha lasciato Pechino.|A1+A3",
        "Macron ha detto ai giornalisti che spera di parlare con Xi.|A1+A3",
        "Il ministro degli Esteri cinese Qin Gang e Catherine Colonna hanno avuto un colloquio telefonico.|A5+A6",
    })
    void partiesOfTheEvent(String sentence, String expected) {
        assertEquals(List.of(expected), parties(sentence));
    }

    @Test
    void distributiveReadingSplitsPairs() {
        assertEquals(List.of("A1+A3", "A2+A4"),
                parties("Macron e Scholz hanno cercato telefonate con Xi e Li Qiang, ma Pechino ha rifiutato."));
    }

    @Test
    void subjectOfASeekingOrSummoningVerbInitiates() {
        List<String> initiators = EventAssertions.extract(
                fixture("Parigi ha convocato l'ambasciatore cinese Li Qiang.")).stream()
                .map(e -> e.initiator()).toList();
        assertEquals(List.of("A7"), initiators);
        List<String> requested = EventAssertions.extract(
                fixture("La telefonata tra Macron e Xi si è svolta su richiesta di Xi.")).stream()
                .map(e -> e.initiator()).toList();
        assertEquals(List.of("A3"), requested);
        List<String> talked = EventAssertions.extract(fixture("Macron ha parlato con Xi.")).stream()
                .map(e -> String.valueOf(e.initiator())).toList();
        assertEquals(List.of("null"), talked);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Macron ha detto alla stampa che la Cina deve fare di più.",
        "Macron ha parlato ai giornalisti a Pechino.",
        "Una telefonata è stata annunciata da Macron.",
        "Il presidente francese ha ricevuto critiche dalla Cina.",
    })
    void noEventWithoutTwoParties(String sentence) {
        assertEquals(List.of(), parties(sentence));
    }
}
