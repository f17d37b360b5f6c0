package org.filo.nlp.ner;

import edu.stanford.nlp.ie.NERFeatureFactory;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.sequences.FeatureFactory;
import java.io.IOException;

/**
 * Loads the CoreNLP Italian NER model ({@code models-italian} jar) from the classpath. Each call loads
 * a fresh copy (~10 s, ~0.8 GB before the gazette is compacted): load once, pass the tagger around.
 */
public final class NerModels {
    public static final String ITALIAN_CRF = "edu/stanford/nlp/models/ner/italian.crf.ser.gz";

    private NerModels() {
    }

    /** The classifier as shipped. */
    public static StockNer loadStock() {
        return new StockNer(loadClassifier());
    }

    /**
     * The same classifier with its gazette matcher replaced by the trie index. The stock gazette map
     * (about 5 million small objects) is dropped once indexed, so the result is lighter than the stock one.
     */
    public static FastNer loadFast() {
        CRFClassifier<CoreLabel> classifier = loadClassifier();
        if (classifier.featureFactories.size() != 1
                || !(classifier.featureFactories.get(0) instanceof NERFeatureFactory<?> stock)) {
            throw new NerModelException("unexpected feature factories in " + ITALIAN_CRF + ": "
                    + classifier.featureFactories);
        }
        if (!classifier.flags.useGazettes || !classifier.flags.cleanGazette || classifier.flags.sloppyGazette) {
            throw new NerModelException(ITALIAN_CRF + " does not use clean gazette features only; "
                    + "the indexed matcher reproduces exactly that case");
        }
        GazetteIndex gazette = StockGazette.index(stock);
        FeatureFactory<CoreLabel> fast = new IndexedGazetteFeatureFactory(classifier.flags, gazette);
        classifier.featureFactories.set(0, fast);
        return new FastNer(classifier, gazette);
    }

    private static CRFClassifier<CoreLabel> loadClassifier() {
        try {
            return CRFClassifier.getClassifier(ITALIAN_CRF);
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            throw new NerModelException("cannot load " + ITALIAN_CRF + " from the classpath "
                    + "(is the stanford-corenlp models-italian jar on it?): " + e, e);
        }
    }
}
