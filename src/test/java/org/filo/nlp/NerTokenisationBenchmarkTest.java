package org.filo.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.filo.SharedData;
import org.filo.eval.BioTsv;
import org.filo.eval.TaggedSentence;
import org.filo.model.EntityType;
import org.filo.model.Span;
import org.filo.nlp.DetokenisedSentence.CharEntity;
import org.filo.nlp.NerTokenisationBenchmark.Result;
import org.filo.nlp.ner.FastNer;
import org.filo.nlp.ner.NerModels;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Issue 3: which tokenisation serves NER best on running text. Prints the table; asserts sanity only. */
class NerTokenisationBenchmarkTest {

    @Test
    void detokenisesLikeRealWritingAndKeepsGoldSpans() {
        List<String> words = List.of("Il", "presidente", "dell'", "Ucraina", ",", "ieri", "(", "a", "Roma", ")",
                "un", "po'", "di", "«", "Nazioni", "Unite", "»", "e", "l'", "ONU", ".");
        List<String> labels = List.of("O", "O", "O", "B-LOC", "O", "O", "O", "O", "B-LOC", "O",
                "O", "O", "O", "O", "B-ORG", "I-ORG", "O", "O", "O", "B-ORG", "O");
        DetokenisedSentence s = DetokenisedSentence.of(words, labels);
        assertEquals("Il presidente dell'Ucraina, ieri (a Roma) un po' di «Nazioni Unite» e l'ONU.", s.text());
        assertEquals(List.of("Ucraina", "Roma", "Nazioni Unite", "ONU"),
                s.entities().stream().map(e -> e.span().of(s.text())).toList());
        assertEquals(List.of(EntityType.LOC, EntityType.LOC, EntityType.ORG, EntityType.ORG),
                s.entities().stream().map(CharEntity::type).toList());
        for (SpannedWord w : s.words()) {
            assertEquals(w.word(), s.text().substring(w.start(), w.end()));
        }
    }

    @Test
    @Tag("models")
    void measuresEachTokenisationOnWnTest() throws IOException {
        List<DetokenisedSentence> sentences = new ArrayList<>();
        for (TaggedSentence t : BioTsv.read(SharedData.require("data/kind/WN_test.tsv"))) {
            sentences.add(DetokenisedSentence.of(t.words(), t.labels()));
        }
        ItalianTokenizer project = NlpResources.tokenizer(Path.of("models"));
        StockTokenizer stock = StockTokenizer.load();
        Function<String, List<SpannedWord>> a = NerTokenisationBenchmark.project(project);
        Function<String, List<SpannedWord>> b = text -> stock.words(text, true);
        Function<String, List<SpannedWord>> c = text -> stock.words(text, false);
        MultiWordTokens multiWords = MultiWordTokens.loadItalian();
        Function<String, List<SpannedWord>> d = NerTokenisationBenchmark.projectExpanded(project, multiWords, false);
        Function<String, List<SpannedWord>> e = NerTokenisationBenchmark.projectExpanded(project, multiWords, true);
        for (DetokenisedSentence s : sentences) {
            for (SpannedWord w : a.apply(s.text())) {
                assertEquals(w.word(), s.text().substring(w.start(), w.end()), "project token is its slice");
            }
            for (SpannedWord w : c.apply(s.text())) {
                assertEquals(w.word(), s.text().substring(w.start(), w.end()), "stock token as written");
            }
        }
        FastNer ner = NerModels.loadFast();
        NerTokenisationBenchmark bench = new NerTokenisationBenchmark(ner);
        List<Result> results = List.of(
                bench.runOnGoldWords("gold KIND words", sentences),
                bench.run("A project ItalianTokenizer", sentences, a),
                bench.run("B cdc_tokenize, MWT expanded", sentences, b),
                bench.run("C cdc_tokenize, MWT kept whole", sentences, c),
                bench.run("D project ItalianTokenizer + MWT table", sentences, d),
                bench.run("E as D, capitalised word after a word kept whole", sentences, e));
        int goldEntities = sentences.stream().mapToInt(s -> s.entities().size()).sum();
        System.out.println("WN_test: " + sentences.size() + " sentences, " + goldEntities + " gold entities, "
                + sentences.stream().mapToInt(s -> s.text().length()).sum() + " characters");
        System.out.println(NerTokenisationBenchmark.table(results));
        for (Result r : results) {
            assertEquals(goldEntities, r.overall().gold(), r.name());
            assertTrue(r.overall().f1() > 0.3, r.name() + " F1 " + r.overall().f1());
        }
        assertEquals(0, results.get(0).unreachable(), "gold words cut no gold entity");
    }
}
