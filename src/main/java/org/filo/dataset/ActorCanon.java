package org.filo.dataset;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.filo.dataset.Records.Mention;
import org.filo.dataset.Records.Participant;

/**
 * Canonical actors across documents. Countries by ISO code, people by full name; a surname alone ("Lavrov") joins
 * the one full name in the corpus that ends with it (country agreeing), and stays apart when two people share it.
 */
final class ActorCanon {
    /** A canonical actor and what the articles called it. */
    record Actor(String actorId, String kind, String name, String country, List<String> roles, List<String> aliases,
                 int numDocuments) {
    }

    private final Map<String, String> idByKey = new HashMap<>();
    private final Map<String, Actor> actors = new TreeMap<>();

    /** Canonical id of a participant as written in an event line. */
    String id(Participant p) {
        return idByKey.get(key(p));
    }

    Collection<Actor> actors() {
        return actors.values();
    }

    static ActorCanon build(Collection<Mention> mentions) {
        // Pass 1: full-name people by surname, to resolve surnames alone.
        Map<String, Map<String, Set<String>>> fullBySurname = new HashMap<>();
        for (Mention m : mentions) {
            for (Participant p : m.participants()) {
                List<String> tokens = tokens(p.name());
                if ("PERSON".equals(p.kind()) && tokens.size() > 1) {
                    fullBySurname.computeIfAbsent(tokens.get(tokens.size() - 1), k -> new TreeMap<>())
                            .computeIfAbsent(String.join("-", tokens), k -> new TreeSet<>())
                            .add(p.country() == null ? "" : p.country());
                }
            }
        }
        ActorCanon canon = new ActorCanon();
        Map<String, List<Participant>> byId = new TreeMap<>();
        Map<String, Set<String>> docsById = new HashMap<>();
        for (Mention m : mentions) {
            for (Participant p : m.participants()) {
                String id = canon.idByKey.computeIfAbsent(key(p), k -> canonicalId(p, fullBySurname));
                byId.computeIfAbsent(id, k -> new ArrayList<>()).add(p);
                docsById.computeIfAbsent(id, k -> new TreeSet<>()).add(m.docId());
            }
        }
        byId.forEach((id, ps) -> canon.actors.put(id, actor(id, ps, docsById.get(id).size())));
        return canon;
    }

    private static String key(Participant p) {
        return p.kind() + "|" + p.country() + "|" + String.join(" ", tokens(p.name()));
    }

    private static String canonicalId(Participant p, Map<String, Map<String, Set<String>>> fullBySurname) {
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

    private static Actor actor(String id, List<Participant> ps, int numDocuments) {
        Map<String, Integer> names = new TreeMap<>();
        Map<String, Integer> countries = new TreeMap<>();
        Set<String> roles = new TreeSet<>();
        for (Participant p : ps) {
            if (p.name() != null) {
                names.merge(p.name(), 1, Integer::sum);
            }
            if (p.country() != null) {
                countries.merge(p.country(), 1, Integer::sum);
            }
            if (p.role() != null) {
                roles.add(p.role());
            }
        }
        // The display name: the longest form (full name over surname), then the most frequent, then alphabetical.
        String name = names.entrySet().stream().min(Comparator
                .comparing((Map.Entry<String, Integer> e) -> -e.getKey().length())
                .thenComparing(e -> -e.getValue()).thenComparing(Map.Entry::getKey)).map(Map.Entry::getKey).orElse(null);
        String country = countries.entrySet().stream().min(Comparator
                .comparing((Map.Entry<String, Integer> e) -> -e.getValue()).thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).orElse(null);
        return new Actor(id, ps.get(0).kind(), name, country, List.copyOf(roles), List.copyOf(names.keySet()),
                numDocuments);
    }
}
