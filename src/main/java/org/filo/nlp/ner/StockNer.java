package org.filo.nlp.ner;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;

/** The CoreNLP Italian NER classifier exactly as shipped (slow: ~200 tokens/s), kept for comparison. */
public final class StockNer extends CrfSentenceTagger {
    StockNer(CRFClassifier<CoreLabel> classifier) {
        super(classifier);
    }
}
