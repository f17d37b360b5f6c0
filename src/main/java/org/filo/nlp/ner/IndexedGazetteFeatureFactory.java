package org.filo.nlp.ner;

import edu.stanford.nlp.ie.NERFeatureFactory;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.sequences.Clique;
import edu.stanford.nlp.sequences.SeqClassifierFlags;
import edu.stanford.nlp.util.Generics;
import edu.stanford.nlp.util.PaddedList;
import java.util.Collection;
import java.util.Set;

/**
 * CoreNLP's NER features with the clean-gazette features found through a {@link GazetteIndex}
 * instead of the stock per-word scan. Everything else is the stock {@link NERFeatureFactory} code,
 * run with {@code cleanGazette} off; the gazette features are then inserted at the very point of the
 * feature set where the stock code adds them (just before the word-shape "-TYPE" feature), so the
 * classifier sees the same feature strings in the same order and sums the same weights the same way.
 *
 * <p>Stateless apart from the immutable index: one instance serves concurrent sentences.
 */
final class IndexedGazetteFeatureFactory extends NERFeatureFactory<CoreLabel> {
    private static final long serialVersionUID = 1L;
    /** The suffix of the stock feature that directly follows the gazette ones in featuresC. */
    private static final String SHAPE_FEATURE_SUFFIX = "-TYPE";

    private final transient GazetteIndex gazette;

    /** @param stockFlags the loaded classifier's flags; copied, with cleanGazette turned off in the copy */
    IndexedGazetteFeatureFactory(SeqClassifierFlags stockFlags, GazetteIndex gazette) {
        this.gazette = gazette;
        SeqClassifierFlags flags = FlagsCopy.of(stockFlags);
        flags.cleanGazette = false;
        init(flags);
    }

    @Override
    public Collection<String> getCliqueFeatures(PaddedList<CoreLabel> cInfo, int loc, Clique clique) {
        if (clique != cliqueC) {
            return super.getCliqueFeatures(cInfo, loc, clique);
        }
        // Same construction as the stock getCliqueFeatures for the C clique (same set and capacity,
        // hence the same iteration order), with a collector that slips the gazette features in.
        Set<String> features = Generics.newHashSet(100);
        GazetteCollector collector = new GazetteCollector(features, cInfo, loc);
        collector.setDomain(cInfo.get(0).get(CoreAnnotations.DomainAnnotation.class));
        featuresC(cInfo, loc, collector);
        collector.insertGazetteFeatures();
        return features;
    }

    private final class GazetteCollector extends FeatureCollector {
        private final Set<String> features;
        private final PaddedList<CoreLabel> cInfo;
        private final int loc;
        private String suffix;
        private String domain;
        private int appendsSinceBuild;
        private boolean inserted;

        GazetteCollector(Set<String> features, PaddedList<CoreLabel> cInfo, int loc) {
            super(features);
            this.features = features;
            this.cInfo = cInfo;
            this.loc = loc;
        }

        @Override
        public FeatureCollector setSuffix(String s) {
            suffix = s;
            return super.setSuffix(s);
        }

        @Override
        public void setDomain(String d) {
            domain = d;
            super.setDomain(d);
        }

        @Override
        public FeatureCollector build() {
            appendsSinceBuild = 0;
            return super.build();
        }

        @Override
        public FeatureCollector append(String s) {
            // The stock code builds it as build().append(cShape).append("-TYPE").
            if (++appendsSinceBuild == 2 && SHAPE_FEATURE_SUFFIX.equals(s)) {
                insertGazetteFeatures();
            }
            return super.append(s);
        }

        /** Adds each feature as FeatureCollector.add(String) would; idempotent. */
        void insertGazetteFeatures() {
            if (inserted) {
                return;
            }
            inserted = true;
            gazette.forEachCovering(i -> getWord(cInfo.get(i)), loc, feature -> {
                features.add(feature + '|' + suffix);
                if (domain != null) {
                    features.add(feature + '|' + domain + '-' + suffix);
                }
            });
        }
    }
}
