package org.filo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.filo.model.Channel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Channels of the trigger lexicon: every row's example fires, and a trigger in a sentence gives its channel. */
class TriggerRulesTest {
    @Test
    void everyTriggerRowFiresOnItsExample() throws IOException {
        EventLexicon lexicon = EventLexicon.load(Path.of("models/events"));
        for (TriggerRule rule : lexicon.triggers()) {
            List<String> norm = new ArrayList<>();
            for (String t : rule.example().split("(?<=['’])|\\s+|(?=[.,;:])")) {
                if (!t.isBlank()) {
                    norm.add(TokenPattern.normalize(t.strip()));
                }
            }
            boolean fired = lexicon.findTriggers(norm).stream()
                    .anyMatch(h -> h.rule().channel() == rule.channel() && h.rule().verb() == rule.verb());
            assertTrue(fired, "no " + rule.channel() + " trigger in its example: " + rule.example());
        }
    }

    @Test
    void everyCueRowMatchesItsExample() throws IOException {
        EventLexicon lexicon = EventLexicon.load(Path.of("models/events"));
        for (Cue cue : lexicon.cues()) {
            List<String> norm = new ArrayList<>();
            for (String t : cue.example().split("(?<=['’])|\\s+|(?=[.,;:])")) {
                if (!t.isBlank()) {
                    norm.add(TokenPattern.normalize(t.strip()));
                }
            }
            boolean found = false;
            for (int i = 0; i < norm.size(); i++) {
                found |= cue.pattern().matchesAt(norm, i);
            }
            assertTrue(found, cue.category() + " cue not in its example: " + cue.example());
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Macron ha avuto un colloquio telefonico con Putin.|PHONE_CALL",
        "La telefonata tra Macron e Putin è durata due ore.|PHONE_CALL",
        "Macron ha telefonato a Putin per chiedere una tregua.|PHONE_CALL",
        "Macron e Putin hanno tenuto una videoconferenza.|VIDEO_CALL",
        "Macron ha incontrato Putin al Cremlino.|MEETING",
        "Macron e Putin si sono incontrati a Mosca.|MEETING",
        "Il vertice tra Macron e Putin si è chiuso senza accordo.|MEETING",
        "Macron ha ricevuto Putin all'Eliseo.|MEETING",
        "Macron ha inviato una lettera a Putin.|MESSAGE",
        "Macron e Putin comunicano attraverso una linea diretta.|HOTLINE",
        "Macron ha parlato con Putin della guerra.|UNSPECIFIED",
        "Macron e Putin si sono sentiti ieri.|UNSPECIFIED",
        "Macron ha consultato Putin sulla crisi.|UNSPECIFIED",
    })
    void channelOfTheTrigger(String sentence, Channel channel) {
        EventFixture f = EventFixture.of(sentence).person("A1", "Emmanuel Macron", "FRA", "Macron")
                .person("A2", "Vladimir Putin", "RUS", "Putin");
        assertEquals(List.of(channel + " OCCURRED [A1, A2]"),
                EventAssertions.extract(f).stream().map(e -> e.channel() + " " + e.status() + " "
                        + e.participants().stream().sorted().toList()).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Putin ha avvertito che sono linee rosse da non attraversare per Macron.",
        "Macron ha ricevuto più sostegno da Putin.",
        "Il messaggio generale è che Macron deve fare pressione su Putin.",
        "Macron ha detto alla stampa che Putin mente.",
        "Macron ha scritto su Twitter che Putin mente.",
        "Macron non vuole mettere in discussione il dialogo con Putin.",
        "Dalle lettere di Macron emerge un accordo con Putin.",
    })
    void notACommunicationEvent(String sentence) {
        EventFixture f = EventFixture.of(sentence).person("A1", "Emmanuel Macron", "FRA", "Macron")
                .person("A2", "Vladimir Putin", "RUS", "Putin");
        assertEquals(List.of(), EventAssertions.describe(EventAssertions.extract(f)));
    }
}
