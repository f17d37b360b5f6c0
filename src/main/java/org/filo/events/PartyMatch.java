package org.filo.events;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.filo.model.Actor;
import org.filo.model.ActorKind;
import org.filo.model.Channel;

/**
 * Whether two mentions name the same parties: the same actors, the same side under two names ("le opposizioni"
 * in the headline, "i ribelli" in the body: the sides of models/events/sides.tsv), or the same countries where one
 * mention names only the countries.
 */
final class PartyMatch {
    private final Map<String, Actor> actors;
    private final Set<String> oneSideNames;

    PartyMatch(Map<String, Actor> actors, Set<String> oneSideNames) {
        this.actors = actors;
        this.oneSideNames = Set.copyOf(oneSideNames);
    }

    /**
     * Same parties, or the same countries when one side names only countries ("contatti tra Usa e Russia"
     * for the ministers' call); the country-level side must not claim a channel of its own then.
     */
    boolean same(List<String> a, Channel aChannel, List<String> b, Channel bChannel) {
        if (sides(a).equals(sides(b))) {
            return true;
        }
        if (!countries(a).equals(countries(b)) || countries(a).size() < 2) {
            return false;
        }
        // the vaguer side names countries where the other names their people: "in visita in Ucraina" and
        // "l'incontro con Yanukovych" of the same visitor
        boolean aVaguer = vaguer(a, b);
        boolean bVaguer = vaguer(b, a);
        if (aVaguer == bVaguer) {
            return false;
        }
        Channel countrySide = aVaguer ? aChannel : bChannel;
        Channel otherSide = aVaguer ? bChannel : aChannel;
        return countrySide == Channel.UNSPECIFIED || countrySide == otherSide;
    }

    /** True when {@code fewer} names at least two sides and all of them are among {@code more}'s. */
    boolean within(List<String> fewer, List<String> more) {
        Set<String> f = sides(fewer);
        return f.size() >= 2 && sides(more).containsAll(f);
    }

    /** True when what only {@code a} names is countries, and what only {@code b} names is none. */
    private boolean vaguer(List<String> a, List<String> b) {
        List<String> onlyA = a.stream().filter(id -> !b.contains(id)).toList();
        List<String> onlyB = b.stream().filter(id -> !a.contains(id)).toList();
        return !onlyA.isEmpty() && onlyA.stream().allMatch(this::isCountry) && onlyB.stream().noneMatch(this::isCountry);
    }

    /** The parties as sides: an actor of one conflict side stands for that side, every other for itself. */
    private Set<String> sides(List<String> ids) {
        Set<String> out = new HashSet<>();
        for (String id : ids) {
            Actor a = actors.get(id);
            out.add(a != null && oneSideNames.contains(a.name()) ? "side:opposition" : id);
        }
        return out;
    }

    private boolean isCountry(String id) {
        Actor a = actors.get(id);
        return a != null && a.kind() == ActorKind.COUNTRY;
    }

    private Set<String> countries(List<String> ids) {
        Set<String> out = new HashSet<>();
        for (String id : ids) {
            Actor a = actors.get(id);
            out.add(a != null && a.country() != null ? a.country() : id);
        }
        return out;
    }
}
