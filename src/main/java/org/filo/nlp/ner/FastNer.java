package org.filo.nlp.ner;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;

/**
 * The shipped Italian NER model with its clean-gazette features computed from a trie
 * ({@link IndexedGazetteFeatureFactory}); labels are the stock model's, about 100 times faster.
 */
public final class FastNer extends CrfSentenceTagger {
    private final int gazetteEntries;
    private final int gazetteMaxLength;

    FastNer(CRFClassifier<CoreLabel> classifier, GazetteIndex gazette) {
        super(classifier);
        this.gazetteEntries = gazette.entryCount();
        this.gazetteMaxLength = gazette.maxLength();
    }

    /** Distinct (entry, feature) pairs in the gazette index. */
    public int gazetteEntries() {
        return gazetteEntries;
    }

    /** Words in the longest gazette entry: how far around a token the index looks. */
    public int gazetteMaxLength() {
        return gazetteMaxLength;
    }
}
