package org.filo.nlp.ner;

import edu.stanford.nlp.ie.NERFeatureFactory;
import java.lang.reflect.Field;
import java.util.Collection;
import java.util.Map;

/**
 * Reads the clean-gazette entries that the serialized model carries inside its NERFeatureFactory
 * (private map word → GazetteInfo{feature, loc, words}). Reflection, because CoreNLP has no accessor;
 * the model's gazette files are not shipped, only this map.
 */
final class StockGazette {
    private StockGazette() {
    }

    static GazetteIndex index(NERFeatureFactory<?> stock) {
        try {
            Field mapField = NERFeatureFactory.class.getDeclaredField("wordToGazetteInfos");
            mapField.setAccessible(true);
            Map<?, ?> wordToInfos = (Map<?, ?>) mapField.get(stock);
            Class<?> infoClass = Class.forName(NERFeatureFactory.class.getName() + "$GazetteInfo");
            Field feature = accessible(infoClass, "feature");
            Field loc = accessible(infoClass, "loc");
            Field words = accessible(infoClass, "words");
            GazetteIndex.Builder builder = GazetteIndex.builder();
            for (Object infos : wordToInfos.values()) {
                for (Object info : (Collection<?>) infos) {
                    // Each entry is listed under each of its words; take it once, from its first word.
                    if (loc.getInt(info) == 0) {
                        builder.add((String[]) words.get(info), (String) feature.get(info));
                    }
                }
            }
            return builder.build();
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new NerModelException("this CoreNLP version's NERFeatureFactory has no readable gazette "
                    + "(expected CoreNLP 4.5.x): " + e, e);
        }
    }

    private static Field accessible(Class<?> type, String name) throws NoSuchFieldException {
        Field f = type.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }
}
