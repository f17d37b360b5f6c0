package org.filo.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A sequence of token slots, each a set of accepted lower-case forms: "linea|linee di disimpegno"
 * matches "linea di disimpegno" and "linee di disimpegno".
 */
record TokenPattern(List<Set<String>> slots) {
    TokenPattern {
        slots = List.copyOf(slots);
    }

    static TokenPattern parse(String text) {
        List<Set<String>> slots = new ArrayList<>();
        for (String slot : text.trim().split("\\s+")) {
            Set<String> forms = new LinkedHashSet<>();
            for (String form : slot.split("\\|")) {
                if (!form.isEmpty()) {
                    forms.add(normalize(form));
                }
            }
            if (forms.isEmpty()) {
                throw new IllegalArgumentException("empty slot in pattern \"" + text + "\"");
            }
            slots.add(Set.copyOf(forms));
        }
        return new TokenPattern(slots);
    }

    /** Lower case, typographic apostrophes made straight: how every token is compared. */
    static String normalize(String token) {
        return token.toLowerCase(Locale.ROOT).replace('’', '\'').replace('ʼ', '\'');
    }

    int length() {
        return slots.size();
    }

    boolean matchesAt(List<String> normalized, int at) {
        if (at < 0 || at + slots.size() > normalized.size()) {
            return false;
        }
        for (int i = 0; i < slots.size(); i++) {
            if (!slots.get(i).contains(normalized.get(at + i))) {
                return false;
            }
        }
        return true;
    }
}
