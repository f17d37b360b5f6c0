package org.filo.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.filo.actors.KbEntries.CountryEntry;
import org.filo.actors.KbEntries.OrganizationEntry;
import org.filo.actors.KbEntries.PersonEntry;
import org.filo.model.Actor;
import org.filo.model.ActorKind;
import org.filo.model.ActorMention;
import org.filo.model.Actors;
import org.filo.model.Entity;
import org.filo.model.EntityType;

/** The actors of one document by identity, and the final numbering into the model's records. */
final class ActorTable {
    private final Map<String, ActorDraft> drafts = new LinkedHashMap<>();

    ActorDraft person(PersonEntry entry) {
        return drafts.computeIfAbsent("P:" + WordScanner.normalize(entry.name()),
                key -> new ActorDraft(key, ActorKind.PERSON, entry.name(), entry.country(), entry));
    }

    /** A person the KB does not know, by the name the text gives; a lone surname joins a full name met before. */
    ActorDraft unknownPerson(String name) {
        String norm = WordScanner.normalize(name);
        if (!norm.contains(" ")) {
            for (ActorDraft d : drafts.values()) {
                if (d.isPerson() && d.person == null && d.key.endsWith(" " + norm)) {
                    return d;
                }
            }
        }
        return drafts.computeIfAbsent("P:" + norm, key -> new ActorDraft(key, ActorKind.PERSON, name, null, null));
    }

    ActorDraft country(CountryEntry entry) {
        return drafts.computeIfAbsent("C:" + entry.iso3(),
                key -> new ActorDraft(key, ActorKind.COUNTRY, entry.name(), entry.iso3(), null));
    }

    ActorDraft organization(OrganizationEntry entry, String country) {
        String iso = entry.country() != null ? entry.country() : country;
        return drafts.computeIfAbsent("O:" + entry.name() + "|" + iso,
                key -> new ActorDraft(key, entry.kind(), entry.name(), iso, null));
    }

    List<ActorDraft> people() {
        return drafts.values().stream().filter(ActorDraft::isPerson).toList();
    }

    /**
     * Numbers the actors A1, A2… by first mention and turns references into mentions; a name reference
     * carries the named entity it overlaps (a PER entity for a person, LOC or ORG otherwise). Places keep
     * their country's id when it is an actor; the other countries named only as places are P1, P2….
     */
    static Actors build(List<Reference> references, List<Reference> places, List<Entity> entities,
                        LocalDate date) {
        Map<ActorDraft, String> ids = new LinkedHashMap<>();
        for (Reference r : sorted(references)) {
            ids.computeIfAbsent(r.actor, a -> "A" + (ids.size() + 1));
        }
        Map<ActorDraft, String> placeIds = new LinkedHashMap<>();
        for (Reference r : sorted(places)) {
            if (!ids.containsKey(r.actor)) {
                placeIds.computeIfAbsent(r.actor, a -> "P" + (placeIds.size() + 1));
            }
        }
        Map<ActorDraft, Set<String>> entityIds = new HashMap<>();
        List<ActorMention> mentions = mentions(references, false, ids, entities, entityIds);
        Map<ActorDraft, String> anyIds = new HashMap<>(ids);
        anyIds.putAll(placeIds);
        List<ActorMention> placeMentions = mentions(places, true, anyIds, entities, entityIds);
        return new Actors(actors(ids, entityIds, date), mentions, actors(placeIds, entityIds, date), placeMentions);
    }

    private static List<Reference> sorted(List<Reference> references) {
        List<Reference> sorted = new ArrayList<>(references);
        sorted.sort(Comparator.comparingInt((Reference r) -> r.start).thenComparingInt(r -> r.end));
        return sorted;
    }

    private static List<ActorMention> mentions(List<Reference> references, boolean places, Map<ActorDraft, String> ids,
                                               List<Entity> entities, Map<ActorDraft, Set<String>> entityIds) {
        List<ActorMention> mentions = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Reference r : sorted(references)) {
            String id = ids.get(r.actor);
            if (!seen.add(r.start + ":" + r.end + ":" + id)) {
                continue;
            }
            String entityId = r.name ? entityOf(r, entities) : null;
            mentions.add(new ActorMention(r.start, r.end, id, entityId));
            // a place links its entity only to a country known as a place alone: "a Mosca" stays no mention of Russia
            if (entityId != null && (!places || id.startsWith("P"))) {
                entityIds.computeIfAbsent(r.actor, a -> new LinkedHashSet<>()).add(entityId);
            }
        }
        return mentions;
    }

    private static List<Actor> actors(Map<ActorDraft, String> ids, Map<ActorDraft, Set<String>> entityIds,
                                      LocalDate date) {
        List<Actor> actors = new ArrayList<>();
        ids.forEach((draft, id) -> actors.add(new Actor(id, draft.kind, draft.name, draft.country(), draft.role(date),
                List.copyOf(entityIds.getOrDefault(draft, Set.of())))));
        return actors;
    }

    /** The entity of the same span whatever its type (NER calls Kyiv a person), else the most overlapping one of a fitting type. */
    private static String entityOf(Reference r, List<Entity> entities) {
        String best = null;
        int bestOverlap = 0;
        for (Entity e : entities) {
            if (e.start() == r.start && e.end() == r.end) {
                return e.id();
            }
            boolean compatible = r.actor.isPerson() == (e.type() == EntityType.PER);
            int overlap = Math.min(r.end, e.end()) - Math.max(r.start, e.start());
            if (compatible && overlap > bestOverlap) {
                best = e.id();
                bestOverlap = overlap;
            }
        }
        return best;
    }
}
