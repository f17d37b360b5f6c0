package org.filo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.filo.model.Actor;
import org.junit.jupiter.api.Test;

/** Subjects read from a (hand-made) dependency parse, the way CoreNLP's Italian UD parser labels them. */
class ParsedSubjectTest {
    private static List<String> subjectOf(EventFixture f, String triggerText) throws IOException {
        EventInput in = f.input();
        Map<String, Actor> actors = new HashMap<>();
        in.actors().actors().forEach(a -> actors.put(a.id(), a));
        SentenceContext ctx = new SentenceContext(in.analysis().sentences().get(0), in.analysis().tokens(),
                EventLexicon.load(Path.of("models/events")), in.actors().mentions(), actors, in.timexes());
        int trigger = ctx.norm.indexOf(triggerText);
        return ActorGroups.ids(ParsedSubject.of(ctx, trigger));
    }

    private static EventFixture people(String text) {
        return EventFixture.of(text).person("A1", "Joe Biden", "USA", "Biden").person("A2", "Xi Jinping", "CHN", "Xi")
                .person("A3", "Antony Blinken", "USA", "Blinken");
    }

    @Test
    void subjectOfTheVerbWhoseObjectTheNounIs() throws IOException {
        // Biden e Xi hanno tenuto un colloquio .
        EventFixture f = people("Biden e Xi hanno tenuto un colloquio .").parsed(
                "PROPN:nsubj:4", "CCONJ:cc:2", "PROPN:conj:0", "AUX:aux:4", "VERB:root:-1", "DET:det:6",
                "NOUN:obj:4", "PUNCT:punct:4");
        assertEquals(List.of("A1", "A2"), subjectOf(f, "colloquio"));
    }

    @Test
    void climbsThroughCoordinatedAndControlledVerbs() throws IOException {
        // Blinken spera di parlare con Xi .
        EventFixture f = people("Blinken spera di parlare con Xi .").parsed(
                "PROPN:nsubj:1", "VERB:root:-1", "ADP:mark:3", "VERB:xcomp:1", "ADP:case:5", "PROPN:obl:3",
                "PUNCT:punct:1");
        assertEquals(List.of("A3"), subjectOf(f, "parlare"));
    }

    @Test
    void aNounInAComplementHasNoSubject() throws IOException {
        // Dopo i colloqui , Biden e Xi hanno firmato .
        EventFixture f = people("Dopo i colloqui , Biden e Xi hanno firmato .").parsed(
                "ADP:case:2", "DET:det:2", "NOUN:obl:8", "PUNCT:punct:2", "PROPN:nsubj:8", "CCONJ:cc:6",
                "PROPN:conj:4", "AUX:aux:8", "VERB:root:-1", "PUNCT:punct:8");
        assertEquals(List.of(), subjectOf(f, "colloqui"));
    }
}
