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

    /** A benchmark, not a timed test: prints the resolver's speed over the seeds (hand-made analysis). */
    @Test
    void printsResolverSpeed() throws Exception {
        Path seeds = SharedData.require("seeds");
        List<TestDocuments> docs = new java.util.ArrayList<>();
        try (var files = Files.list(seeds)) {
            for (Path f : files.sorted().toList()) {
                docs.add(TestDocuments.of(Files.readString(f)));
            }
        }
        List<org.filo.model.Document> documents = docs.stream().map(TestDocuments::document).toList();
        List<TextAnalysis> analyses = docs.stream().map(TestDocuments::analysis).toList();
        long tokens = analyses.stream().mapToLong(a -> a.tokens().size()).sum();
        int once = 0;
        for (int i = 0; i < documents.size(); i++) {
            once += ResolverRulesTest.RESOLVER.resolve(documents.get(i), analyses.get(i)).mentions().size();
        }
        int total = 0;
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int round = 0; round < 5; round++) {
            long t0 = System.nanoTime();
            long cpu0 = threads.getCurrentThreadCpuTime();
            for (int rep = 0; rep < 100; rep++) {
                for (int i = 0; i < documents.size(); i++) {
                    total += ResolverRulesTest.RESOLVER.resolve(documents.get(i), analyses.get(i)).mentions().size();
                }
            }
            double thousands = tokens * 100 / 1000.0;
            System.out.printf("actor resolver: %.3f ms wall, %.3f ms CPU per 1000 tokens (%d tokens x 100, round %d)%n",
                    (System.nanoTime() - t0) / 1e6 / thousands, (threads.getCurrentThreadCpuTime() - cpu0) / 1e6 / thousands,
                    tokens, round + 1);
        }
        assertEquals(once * 500, total, "the resolver is deterministic: every run finds the same mentions");
    }
}
