package org.filo.nlp.ner;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;

/** CoreNLP's Italian CRF exactly as shipped in the models-italian artifact. Thread-safe for tagging. */
public final class StockNer implements NerTagger {
    public static final String MODEL = "edu/stanford/nlp/models/ner/italian.crf.ser.gz";

    private final CRFClassifier<CoreLabel> classifier;

    public StockNer(CRFClassifier<CoreLabel> classifier) {
        this.classifier = classifier;
    }

    /** Loads the shipped model from the classpath (about 10 s, 1 GB of heap). */
    public static StockNer load() {
        try {
            return new StockNer(CRFClassifier.getClassifier(MODEL));
        } catch (Exception | LinkageError e) {
            throw new IllegalStateException("cannot load the Italian NER model " + MODEL + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<String> tag(List<String> words) {
        List<CoreLabel> sentence = new ArrayList<>(words.size());
        for (String w : words) {
            CoreLabel label = new CoreLabel();
            label.setWord(w);
            label.setValue(w);
            label.setOriginalText(w);
            sentence.add(label);
        }
        List<CoreLabel> tagged = classifier.classify(sentence);
        List<String> labels = new ArrayList<>(tagged.size());
        for (CoreLabel label : tagged) {
            labels.add(label.get(CoreAnnotations.AnswerAnnotation.class));
        }
        return labels;
    }
}
