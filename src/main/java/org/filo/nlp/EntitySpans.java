package org.filo.nlp;

import java.util.List;
import java.util.function.Consumer;
import org.filo.model.EntityType;

/** Turns per-token labels (IO or BIO over PER/ORG/LOC) into entity spans over tokens. */
final class EntitySpans {
    record TokenSpan(EntityType type, int first, int end) {
    }

    private EntitySpans() {
    }

    static void decode(List<String> labels, int offset, Consumer<TokenSpan> sink) {
        EntityType open = null;
        int first = 0;
        for (int i = 0; i <= labels.size(); i++) {
            String label = i < labels.size() ? labels.get(i) : "O";
            EntityType type = typeOf(label);
            boolean begins = label.startsWith("B-") || type != open;
            if (open != null && begins) {
                sink.accept(new TokenSpan(open, offset + first, offset + i));
                open = null;
            }
            if (type != null && (open == null)) {
                open = type;
                first = i;
            }
        }
    }

    private static EntityType typeOf(String label) {
        String bare = label.startsWith("B-") || label.startsWith("I-") ? label.substring(2) : label;
        return switch (bare) {
            case "PER" -> EntityType.PER;
            case "ORG" -> EntityType.ORG;
            case "LOC" -> EntityType.LOC;
            default -> null;
        };
    }
}
