package org.filo.events;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.filo.model.Actor;
import org.filo.model.ActorKind;
import org.filo.model.ActorMention;

/**
 * The two sides of the civil conflict an article is about: the opposition side it names most (a name of
 * sides.tsv) and the government of that side's country, else of the country it names most (its people and
 * bodies included). Talks told
 * only by their venue ("le trattative di Ginevra") are between these two.
 */
final class ConflictSides {
    static final ConflictSides NONE = new ConflictSides(List.of());

    private final List<String> ids;

    private ConflictSides(List<String> ids) {
        this.ids = List.copyOf(ids);
    }

    static ConflictSides of(Map<String, Actor> actors, List<ActorMention> mentions, Set<String> oppositionNames) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, String> countryIds = new HashMap<>();
        for (Actor a : actors.values()) {
            if (a.kind() == ActorKind.COUNTRY && a.country() != null) {
                countryIds.put(a.country(), a.id());
            }
        }
        for (ActorMention m : mentions) {
            counts.merge(m.actorId(), 1, Integer::sum);
            Actor a = actors.get(m.actorId());
            // "Assad", "il regime di Assad": a country's people and bodies count for it
            if (a != null && a.kind() != ActorKind.COUNTRY && a.country() != null && countryIds.containsKey(a.country())) {
                counts.merge(countryIds.get(a.country()), 1, Integer::sum);
            }
        }
        Actor side = mostMentioned(actors, counts, a -> oppositionNames.contains(a.name()));
        if (side == null) {
            return NONE;
        }
        Actor country = mostMentioned(actors, counts,
                a -> a.kind() == ActorKind.COUNTRY && a.country() != null && a.country().equals(side.country()));
        if (country == null) {
            country = mostMentioned(actors, counts, a -> a.kind() == ActorKind.COUNTRY);
        }
        return country == null ? NONE : new ConflictSides(List.of(country.id(), side.id()));
    }

    /** The government and the opposition side, or empty when the article names no such pair. */
    List<String> ids() {
        return ids;
    }

    private static Actor mostMentioned(Map<String, Actor> actors, Map<String, Integer> counts,
                                       java.util.function.Predicate<Actor> kind) {
        Actor best = null;
        int bestCount = 0;
        for (Actor a : actors.values()) {
            int n = counts.getOrDefault(a.id(), 0);
            if (kind.test(a) && (n > bestCount || (n == bestCount && best != null && a.id().compareTo(best.id()) < 0))) {
                best = a;
                bestCount = n;
            }
        }
        return best;
    }
}
