package org.filo.nlp.ner;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.Word;
import java.util.ArrayList;
import java.util.List;

/** Runs a loaded CRF classifier on one sentence, the way CoreNLP's own classifySentence does. */
abstract class CrfSentenceTagger implements NerTagger {
    private final CRFClassifier<CoreLabel> classifier;

    CrfSentenceTagger(CRFClassifier<CoreLabel> classifier) {
        this.classifier = classifier;
    }

    /** For tests that compare the features two classifiers compute. */
    CRFClassifier<CoreLabel> classifier() {
        return classifier;
    }

    @Override
    public final List<String> tag(List<String> words) {
        if (words.isEmpty()) {
            return List.of();
        }
        List<Word> sentence = new ArrayList<>(words.size());
        for (String w : words) {
            if (w == null || w.isEmpty()) {
                throw new IllegalArgumentException("empty word in sentence " + words);
            }
            sentence.add(new Word(w));
        }
        List<CoreLabel> labelled = classifier.classifySentence(sentence);
        List<String> labels = new ArrayList<>(labelled.size());
        for (CoreLabel token : labelled) {
            labels.add(token.get(CoreAnnotations.AnswerAnnotation.class));
        }
        return List.copyOf(labels);
    }
}
