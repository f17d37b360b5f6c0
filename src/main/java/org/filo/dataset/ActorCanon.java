package org.filo.dataset;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Canonical actors across documents. Countries by ISO code, people by full name; a surname alone ("Lavrov") joins
 * the one full name in the corpus that ends with it (country agreeing), and stays apart when two people share it.
 * It works on the distinct names of the dataset, not on its mentions; the actors' rows (display name, aliases,
 * roles) are aggregated in SQL ({@link DatasetUpdate#actors}).
 */
final class ActorCanon {
    /** A participant as articles write it: what its canonical id depends on. */
    record Name(String kind, String country, String name) {
    }

    private final Map<String, Map<String, Set<String>>> fullBySurname;

    private ActorCanon(Map<String, Map<String, Set<String>>> fullBySurname) {
        this.fullBySurname = fullBySurname;
    }

    /** The canon of a dataset: {@code names} are every distinct participant name of it. */
    static ActorCanon of(Collection<Name> names) {
        // Full-name people by surname, to resolve surnames alone.
        Map<String, Map<String, Set<String>>> fullBySurname = new HashMap<>();
        for (Name p : names) {
            List<String> tokens = tokens(p.name());
            if ("PERSON".equals(p.kind()) && tokens.size() > 1) {
                fullBySurname.computeIfAbsent(tokens.get(tokens.size() - 1), k -> new TreeMap<>())
                        .computeIfAbsent(String.join("-", tokens), k -> new TreeSet<>())
                        .add(p.country() == null ? "" : p.country());
            }
        }
        return new ActorCanon(fullBySurname);
    }

    /** Canonical id of a participant as written in an event line. */
    String id(Name p) {
        List<String> tokens = tokens(p.name());
        String kind = p.kind() == null ? "UNKNOWN" : p.kind();
        if ("COUNTRY".equals(kind) && p.country() != null) {
            return "COUNTRY:" + p.country();
        }
        if ("PERSON".equals(kind)) {
            if (tokens.size() == 1) {
                List<String> matching = new ArrayList<>();
                fullBySurname.getOrDefault(tokens.get(0), Map.of()).forEach((full, countries) -> {
                    if (p.country() == null || countries.contains("") || countries.contains(p.country())) {
                        matching.add(full);
                    }
                });
                if (matching.size() == 1) {
                    return "PERSON:" + matching.get(0);
                }
            }
            return "PERSON:" + String.join("-", tokens);
        }
        return kind + ":" + (p.country() == null ? "" : p.country() + ":") + String.join("-", tokens);
    }

    /** Lower case, accents off, punctuation to spaces: "D'Alema" and "d’alema" are one name. */
    static List<String> tokens(String name) {
        if (name == null) {
            return List.of("?");
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
        return plain.isEmpty() ? List.of("?") : List.of(plain.split(" "));
    }
}
