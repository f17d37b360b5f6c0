package org.filo.time;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.filo.SharedData;
import org.filo.model.Document;
import org.filo.model.TextAnalysis;
import org.filo.model.Timex;
import org.junit.jupiter.api.Test;

/** The tagger against the seed gold (../shared/gold/seeds/timex.jsonl), with the manifest's DCTs. */
class ItalianTimeTaggerSeedTest {
    private static final ItalianTimeTagger TAGGER = ItalianTimeTagger.fromModels(Path.of("models"));

    @Test
    void seedScoresReachTheIssueTargets() throws Exception {
        Path goldDir = SharedData.require("gold/seeds");
        Path seeds = SharedData.require("seeds");
        Map<String, LocalDate> dcts = SeedDocuments.manifest(goldDir.resolve("manifest.csv"));
        List<TimexScorer.Item> system = new ArrayList<>();
        for (Map.Entry<String, LocalDate> e : dcts.entrySet()) {
            Document doc = SeedDocuments.document(seeds.resolve(e.getKey() + ".txt"), e.getKey(), e.getValue());
            for (Timex t : TAGGER.tag(doc, TextAnalysis.EMPTY)) {
                system.add(new TimexScorer.Item(e.getKey(), t.start(), t.end(), t.text(), t.type().name(), t.value(), t.mod()));
            }
        }
        TimexScorer score = new TimexScorer(SeedDocuments.gold(goldDir.resolve("timex.jsonl")), system);
        System.out.println("Time tagger on the seeds (whole text as content):\n" + score.report());
        assertTrue(score.relaxedF1() >= 0.95, "relaxed extent F1 " + score.relaxedF1());
        assertTrue(score.valueF1() >= 0.90, "value F1 " + score.valueF1());
    }
}
