/**
 * Named entities with CoreNLP's Italian CRF model ({@code models-italian} jar), made fast.
 *
 * <p>Use: {@code FastNer ner = NerModels.loadFast();} once (~140 MB of heap once loaded; the first load
 * needs -Xmx1000m), then {@code ner.tag(words)} per sentence from any number of threads;
 * {@link org.filo.nlp.ner.NerMention#fromLabels} turns the labels into typed word spans.
 * {@code NerModels.loadStock()} gives the classifier exactly as shipped, for comparison.
 *
 * <p>Why fast: the shipped model's clean-gazette features scan every gazette entry containing the
 * current word (244,416 entries contain "di"), which makes it ~200 tokens/s. {@code loadFast} reads the
 * same entries out of the model into a trie ({@link org.filo.nlp.ner.GazetteIndex}) and installs a
 * subclass of the model's feature factory that emits the identical feature strings from it, so the
 * labels are the stock ones while speed is that of the model without gazette features (~30,000 tokens
 * per CPU second).
 *
 * <p>Load time: reading the shipped model is slow (~20 s: Java deserialisation of ~5 million gazette
 * objects, then building the trie). The first {@code loadFast} therefore writes what the fast tagger
 * needs to a cache file ({@link org.filo.nlp.ner.NerModels#defaultCacheDir()}, ~34 MB: the classifier
 * without the stock gazette map, the trie as primitive arrays), and later loads read it in ~1.5 s. The
 * file is keyed by format, CoreNLP version and the model resource's size and CRC; a damaged or foreign
 * one is reloaded in full and rewritten (temporary file renamed into place, safe across JVMs).
 *
 * <p>Threads: a tagger holds no per-call state. The model's known-lowercase-word set, which CoreNLP
 * can grow while tagging, does not grow with this model ({@code maxAdditionalKnownLCWords = 0}), so
 * labels do not depend on what was tagged before or on thread interleaving.
 */
package org.filo.nlp.ner;
