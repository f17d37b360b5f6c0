package org.filo.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.sequences.FeatureFactory;
import edu.stanford.nlp.util.PaddedList;
import edu.stanford.nlp.util.Triple;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.filo.SharedData;
import org.filo.eval.BioTsv;
import org.filo.eval.TaggedSentence;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The fast tagger against the stock classifier: same labels, same features. */
@Tag("models")
class FastNerTest {
    /** Loaded once per JVM, on first use. */
    private static final class Models {
        static final StockNer STOCK = NerModels.loadStock();
        static final FastNer FAST = NerModels.loadFast();
    }

    private static final List<List<String>> HAND_WRITTEN = List.of(
            words("Il presidente della Repubblica Sergio Mattarella ha telefonato a Vladimir Putin ."),
            words("Il ministro della Difesa Guido Crosetto ha incontrato a Bruxelles il segretario generale "
                    + "della NATO Mark Rutte ."),
            words("La Banca d' Italia ha sede a Roma , in via Nazionale ."),
            words("Ieri Giorgia Meloni e Emmanuel Macron si sono sentiti al telefono dopo il vertice di Parigi ."),
            words("Il capo di Stato maggiore della Difesa , generale Luciano Portolano , ha parlato con il "
                    + "comandante delle forze armate ucraine ."),
            words("Il Consiglio di sicurezza delle Nazioni Unite si riunirà a New York lunedì ."),
            words("Roma"));

    private static List<String> words(String text) {
        return List.of(text.split(" "));
    }

    private static List<List<String>> wnSample() throws IOException {
        List<TaggedSentence> all = BioTsv.read(SharedData.require("data/kind/WN_test.tsv"));
        return BioTsv.prefix(all, 400).stream().map(TaggedSentence::words).toList();
    }

    @Test
    void handWrittenSentencesGetTheStockLabels() {
        for (List<String> sentence : HAND_WRITTEN) {
            assertEquals(Models.STOCK.tag(sentence), Models.FAST.tag(sentence), String.join(" ", sentence));
        }
        List<String> first = Models.FAST.tag(HAND_WRITTEN.get(0));
        assertEquals(List.of("PER", "PER"), first.subList(4, 6), "Sergio Mattarella: " + first);
        assertEquals(List.of("PER", "PER"), first.subList(9, 11), "Vladimir Putin: " + first);
        assertEquals(List.of(), Models.FAST.tag(List.of()));
    }

    @Test
    void wnTestSampleGetsTheStockLabels() throws IOException {
        List<List<String>> sample = wnSample();
        int tokens = 0;
        for (List<String> sentence : sample) {
            assertEquals(Models.STOCK.tag(sentence), Models.FAST.tag(sentence), String.join(" ", sentence));
            tokens += sentence.size();
        }
        assertTrue(tokens >= 400, "sample of " + tokens + " tokens");
    }

    /**
     * Stronger than equal labels: each token's clique features (as indices into the model) are the same
     * set. (Not the same order: the stock code lists gazette features in identity-hash order, which
     * changes from run to run.)
     */
    @Test
    void featuresAreTheStockFeatures() {
        for (List<String> sentence : HAND_WRITTEN) {
            int[][][] stock = features(Models.STOCK, sentence);
            int[][][] fast = features(Models.FAST, sentence);
            assertEquals(stock.length, fast.length);
            for (int loc = 0; loc < stock.length; loc++) {
                for (int clique = 0; clique < stock[loc].length; clique++) {
                    assertEquals(sorted(stock[loc][clique]), sorted(fast[loc][clique]),
                            sentence + " word " + loc + " clique " + clique);
                }
            }
        }
    }

    @Test
    void gazetteFeaturesFireThroughTheIndex() {
        List<CoreLabel> tokens = new ArrayList<>();
        for (String w : words("a New York lunedì")) {
            CoreLabel token = new CoreLabel();
            token.setWord(w);
            token.setValue(w);
            tokens.add(token);
        }
        FeatureFactory<CoreLabel> factory = Models.FAST.classifier().featureFactories.get(0);
        Collection<String> york = factory.getCliqueFeatures(new PaddedList<>(tokens, new CoreLabel()), 2,
                FeatureFactory.cliqueC);
        assertTrue(york.stream().anyMatch(f -> f.matches("LOC-GAZ2\\|C")), york.toString());
        assertTrue(Models.FAST.gazetteEntries() > 100_000, "entries " + Models.FAST.gazetteEntries());
    }

    @Test
    void concurrentSentencesGetTheSequentialLabels() throws Exception {
        List<List<String>> sentences = new ArrayList<>(HAND_WRITTEN);
        List<List<String>> expected = sentences.stream().map(Models.FAST::tag).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<List<String>>>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(pool.submit(() -> {
                    List<List<String>> out = new ArrayList<>();
                    for (int repeat = 0; repeat < 20; repeat++) {
                        out.clear();
                        sentences.forEach(s -> out.add(Models.FAST.tag(s)));
                    }
                    return out;
                }));
            }
            for (Future<List<List<String>>> run : runs) {
                assertEquals(expected, run.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static int[][][] features(CrfSentenceTagger tagger, List<String> sentence) {
        List<Word> words = sentence.stream().map(Word::new).toList();
        List<CoreLabel> processed = tagger.classifier().classifySentence(words);
        Triple<int[][][], int[], double[][][]> data = tagger.classifier().documentToDataAndLabels(processed);
        return data.first();
    }

    private static List<Integer> sorted(int[] features) {
        int[] copy = features.clone();
        Arrays.sort(copy);
        return Arrays.stream(copy).boxed().toList();
    }
}
