package org.filo.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.filo.SharedData;
import org.filo.model.Actor;
import org.filo.model.ActorMention;
import org.filo.model.Actors;
import org.filo.model.Document;
import org.junit.jupiter.api.Test;

/** Every article of the messy batch resolves, and the output keeps its contract (hand-made analysis, no NER). */
class MessyBatchTest {
    @Test
    void everyArticleResolvesWithinTheContract() throws Exception {
        Path batch = SharedData.require("data/news-it");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(batch)) {
            files = walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        int actorsSeen = 0;
        for (Path f : files) {
            TestDocuments doc = TestDocuments.of(Files.readString(f));
            Document document = doc.document();
            Actors actors = doc.resolve(ResolverRulesTest.RESOLVER);
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < actors.actors().size(); i++) {
                Actor a = actors.actors().get(i);
                assertEquals("A" + (i + 1), a.id(), f::toString);
                assertTrue(a.country() == null || a.country().matches("[A-Z]{3}"), a::toString);
                ids.add(a.id());
            }
            int previous = -1;
            int nextNew = 1;
            for (ActorMention m : actors.mentions()) {
                int number = Integer.parseInt(m.actorId().substring(1));
                assertTrue(number <= nextNew, () -> f + ": actors are not numbered by first mention at " + m);
                nextNew = Math.max(nextNew, number + 1);
                assertTrue(ids.contains(m.actorId()), () -> f + ": " + m);
                assertTrue(document.inContent(m.span()) && m.start() < m.end(), () -> f + ": " + m);
                assertTrue(m.start() >= previous, () -> f + ": mentions out of order at " + m);
                previous = m.start();
            }
            actorsSeen += actors.actors().size();
        }
        System.out.println("messy batch: " + files.size() + " articles, " + actorsSeen + " actors");
        assertTrue(files.size() > 300 && actorsSeen > files.size(), "batch too small or no actors found");
    }
}
