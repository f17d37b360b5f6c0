package org.filo.nlp.ner;

import java.util.List;

/**
 * Labels the words of one sentence with named-entity classes: one label per word, "O" outside entities,
 * otherwise the class ("PER", "ORG", "LOC"), possibly with a "B-"/"I-" prefix.
 */
public interface NerTagger {
    List<String> tag(List<String> words);
}
