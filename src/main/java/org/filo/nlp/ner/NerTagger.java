package org.filo.nlp.ner;

import java.util.List;

/**
 * Named-entity labels for one tokenised sentence: one label per word, in order.
 *
 * <p>Labels are the model's own. The CoreNLP Italian model was trained on IO-encoded data, so it emits
 * {@code PER}, {@code ORG}, {@code LOC} or {@code O} — no B-/I- prefixes: consecutive words with the same
 * type form one entity (two adjacent same-type names cannot be told apart). Implementations are safe to
 * call from several threads at once.
 */
public interface NerTagger {
    List<String> tag(List<String> words);
}
