package org.filo.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.filo.SharedData;
import org.filo.model.Actors;
import org.filo.model.TextAnalysis;
import org.junit.jupiter.api.Test;

/**
 * Whole-seed check with the hand-made analysis (sentences and tokens, no named entities): the resolver
 * alone must put an actor of every gold participant slot in the evidence sentence or just before it.
 */
class SeedActorsTest {
    @Test
    void everyGoldParticipantIsMentionedNearItsEvidence() throws Exception {
        Path gold = SharedData.require("gold/seeds");
        Path seeds = SharedData.require("seeds");
        Map<String, LocalDate> dates = SeedCoverage.manifest(gold);
        Map<String, Actors> resolved = new HashMap<>();
        Map<String, TextAnalysis> analyses = new HashMap<>();
        for (String docId : dates.keySet()) {
            TestDocuments doc = TestDocuments.of(Files.readString(seeds.resolve(docId + ".txt"))).dct(dates.get(docId));
            analyses.put(docId, doc.analysis());
            resolved.put(docId, doc.resolve(ResolverRulesTest.RESOLVER));
        }
        List<SeedCoverage.Slot> slots = SeedCoverage.measure(gold, resolved, analyses);
        Map<SeedCoverage.Reach, Long> counts = slots.stream()
                .collect(Collectors.groupingBy(SeedCoverage.Slot::reach, Collectors.counting()));
        System.out.println("seed participant slots by reach (no NER): " + counts);
        slots.stream().filter(s -> s.reach() != SeedCoverage.Reach.SENTENCE)
                .forEach(s -> System.out.println("  " + s));
        List<SeedCoverage.Slot> far = slots.stream().filter(s -> s.reach() == SeedCoverage.Reach.DOCUMENT
                || s.reach() == SeedCoverage.Reach.MISSING).toList();
        assertEquals(List.of(), far, "slots without an actor in or just before the evidence sentence");
    }
}
