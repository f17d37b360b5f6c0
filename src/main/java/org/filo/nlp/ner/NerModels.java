package org.filo.nlp.ner;

import edu.stanford.nlp.ie.NERFeatureFactory;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the CoreNLP Italian NER model ({@code models-italian} jar) from the classpath. Each call loads
 * a fresh copy: load once, pass the tagger around. The fast tagger is cached on disk after its first
 * full load (~18 s), so later loads read a compact file instead ({@link NerModelCache}).
 */
public final class NerModels {
    public static final String ITALIAN_CRF = "edu/stanford/nlp/models/ner/italian.crf.ser.gz";
    private static final Logger LOG = LoggerFactory.getLogger(NerModels.class);

    private NerModels() {
    }

    /** The classifier as shipped. */
    public static StockNer loadStock() {
        return new StockNer(loadClassifier());
    }

    /** {@link #loadFast(Path)} with the user's cache directory, {@link #defaultCacheDir()}. */
    public static FastNer loadFast() {
        return loadFast(defaultCacheDir());
    }

    /** Where {@link #loadFast()} keeps its cache: {@code $XDG_CACHE_HOME/filo}, else {@code ~/.cache/filo}. */
    public static Path defaultCacheDir() {
        return NerModelCache.defaultDir(System.getenv(), System.getProperty("user.home"));
    }

    /**
     * The same classifier with its gazette matcher replaced by the trie index, read from the cache in
     * {@code cacheDir} when it holds one for this model; otherwise loaded in full and the cache (re)written.
     * A cache that cannot be read or written costs one log line, never the load.
     */
    public static FastNer loadFast(Path cacheDir) {
        NerModelCache cache = new NerModelCache(cacheDir, NerModelCache.modelKey(ITALIAN_CRF));
        try {
            Optional<FastNer> cached = cache.read();
            if (cached.isPresent()) {
                return cached.get();
            }
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            // RuntimeException too: deserialising damaged bytes can fail in many unchecked ways.
            LOG.warn("NER cache {} unusable ({}); loading the model in full and rewriting it",
                    cache.file(), e.toString());
        }
        FastNer fast = loadFastUncached();
        try {
            cache.write(fast);
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot write the NER cache {} ({}); the next load will be a full one too",
                    cache.file(), e.toString());
        }
        return fast;
    }

    /**
     * The fast tagger built from the model itself, no cache involved. The stock gazette map (about
     * 5 million small objects) is dropped once indexed, so the result is lighter than the stock one.
     */
    static FastNer loadFastUncached() {
        CRFClassifier<CoreLabel> classifier = loadClassifier();
        if (classifier.featureFactories.size() != 1
                || !(classifier.featureFactories.get(0) instanceof NERFeatureFactory<?> stock)) {
            throw new NerModelException("unexpected feature factories in " + ITALIAN_CRF + ": "
                    + classifier.featureFactories);
        }
        return withIndexedGazette(classifier, StockGazette.index(stock));
    }

    /** Installs the indexed gazette factory in place of the classifier's one (the stock or a cached one). */
    static FastNer withIndexedGazette(CRFClassifier<CoreLabel> classifier, GazetteIndex gazette) {
        if (!classifier.flags.useGazettes || !classifier.flags.cleanGazette || classifier.flags.sloppyGazette) {
            throw new NerModelException(ITALIAN_CRF + " does not use clean gazette features only; "
                    + "the indexed matcher reproduces exactly that case");
        }
        classifier.featureFactories.set(0, new IndexedGazetteFeatureFactory(classifier.flags, gazette));
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
