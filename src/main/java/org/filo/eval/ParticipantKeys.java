package org.filo.eval;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The keys an output party yields (annotation guidelines): a person its full canonical name and its
 * surname; a country its ISO 3166-1 alpha-3 code and its name; an organisation or a group its name; all
 * lower-cased (Locale.ROOT) and stripped. The surname is the last word of the name together with the
 * lower-case particles before it ("Ursula von der Leyen" → "von der leyen"). An unknown kind gives its name.
 */
public final class ParticipantKeys {
    private static final Set<String> PARTICLES = Set.of("de", "di", "da", "del", "della", "dei", "van", "von",
            "der", "den", "la", "le", "du", "dos", "das", "bin", "ben", "al", "el", "ter", "ten");

    private ParticipantKeys() {
    }

    public static Set<String> of(SystemParticipant p) {
        Set<String> keys = new LinkedHashSet<>();
        String name = clean(p.name());
        String kind = p.kind() == null ? "" : p.kind().strip().toUpperCase(Locale.ROOT);
        if (kind.equals("COUNTRY")) {
            add(keys, clean(p.country()));
        }
        add(keys, name);
        if (kind.equals("PERSON") && name != null) {
            add(keys, surname(name));
        }
        return keys;
    }

    /** True when one of the party's keys is in the list. */
    public static boolean fills(SystemParticipant p, List<String> slot) {
        return of(p).stream().anyMatch(slot::contains);
    }

    static String surname(String lowerCaseName) {
        String[] words = lowerCaseName.split("\\s+");
        int first = words.length - 1;
        while (first > 1 && PARTICLES.contains(words[first - 1])) {
            first--;
        }
        return String.join(" ", List.of(words).subList(first, words.length));
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String c = s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return c.isEmpty() ? null : c;
    }

    private static void add(Set<String> keys, String key) {
        if (key != null) {
            keys.add(key);
        }
    }
}
