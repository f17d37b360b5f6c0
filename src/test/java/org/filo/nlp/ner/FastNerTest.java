package org.filo.nlp.ner;

import static org.filo.nlp.ner.LoadedModels.fast;
import static org.filo.nlp.ner.LoadedModels.stock;
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
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The fast tagger against the stock classifier: same labels, same features. */
@Tag("models")
class FastNerTest {
    private static final List<List<String>> HAND_WRITTEN = LoadedModels.HAND_WRITTEN;

    @Test
    void handWrittenSentencesGetTheStockLabels() {
        for (List<String> sentence : HAND_WRITTEN) {
            assertEquals(stock().tag(sentence), fast().tag(sentence), String.join(" ", sentence));
        }
        List<String> first = fast().tag(HAND_WRITTEN.get(0));
        assertEquals(List.of("PER", "PER"), first.subList(4, 6), "Sergio Mattarella: " + first);
        assertEquals(List.of("PER", "PER"), first.subList(9, 11), "Vladimir Putin: " + first);
        assertEquals(List.of(), fast().tag(List.of()));
    }

    @Test
    void wnTestSampleGetsTheStockLabels() throws IOException {
        List<List<String>> sample = LoadedModels.wnSample();
        int tokens = 0;
        for (List<String> sentence : sample) {
            assertEquals(stock().tag(sentence), fast().tag(sentence), String.join(" ", sentence));
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
            int[][][] stock = features(stock(), sentence);
            int[][][] fast = features(fast(), sentence);
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
        for (String w : LoadedModels.words("a New York lunedì")) {
            CoreLabel token = new CoreLabel();
            token.setWord(w);
            token.setValue(w);
            tokens.add(token);
        }
        FeatureFactory<CoreLabel> factory = fast().classifier().featureFactories.get(0);
        Collection<String> york = factory.getCliqueFeatures(new PaddedList<>(tokens, new CoreLabel()), 2,
                FeatureFactory.cliqueC);
        assertTrue(york.stream().anyMatch(f -> f.matches("LOC-GAZ2\\|C")), york.toString());
        assertTrue(fast().gazetteEntries() > 100_000, "entries " + fast().gazetteEntries());
    }

    @Test
    void concurrentSentencesGetTheSequentialLabels() throws Exception {
        List<List<String>> sentences = new ArrayList<>(HAND_WRITTEN);
        List<List<String>> expected = sentences.stream().map(fast()::tag).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<List<String>>>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(pool.submit(() -> {
                    List<List<String>> out = new ArrayList<>();
                    for (int repeat = 0; repeat < 20; repeat++) {
                        out.clear();
                        sentences.forEach(s -> out.add(fast().tag(s)));
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

    static int[][][] features(CrfSentenceTagger tagger, List<String> sentence) {
        List<Word> words = sentence.stream().map(Word::new).toList();
        List<CoreLabel> processed = tagger.classifier().classifySentence(words);
        Triple<int[][][], int[], double[][][]> data = tagger.classifier().documentToDataAndLabels(processed);
        return data.first();
    }

    static List<Integer> sorted(int[] features) {
        int[] copy = features.clone();
        Arrays.sort(copy);
        return Arrays.stream(copy).boxed().toList();
    }
}
