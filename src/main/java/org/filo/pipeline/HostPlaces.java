package org.filo.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.filo.model.Actor;
import org.filo.model.Actors;
import org.filo.model.Event;

/**
 * Countries named only as places ("in visita in Libano") become actors of the record only when an event
 * takes one as its host: they are numbered after the document's actors, in the order the events use them,
 * so a document with no such event keeps exactly the actors it had.
 */
final class HostPlaces {
    record Kept(Actors actors, List<Event> events) {
    }

    private HostPlaces() {
    }

    static Kept keepUsed(Actors actors, List<Event> events) {
        Map<String, Actor> placeActors = new LinkedHashMap<>();
        actors.placeActors().forEach(a -> placeActors.put(a.id(), a));
        Map<String, String> renamed = new LinkedHashMap<>();
        for (Event e : events) {
            for (String id : e.participants()) {
                if (placeActors.containsKey(id)) {
                    renamed.computeIfAbsent(id, k -> "A" + (actors.actors().size() + renamed.size() + 1));
                }
            }
        }
        if (renamed.isEmpty()) {
            return new Kept(new Actors(actors.actors(), actors.mentions()), events);
        }
        List<Actor> kept = new ArrayList<>(actors.actors());
        renamed.forEach((old, id) -> {
            Actor a = placeActors.get(old);
            kept.add(new Actor(id, a.kind(), a.name(), a.country(), a.role(), a.mentions()));
        });
        List<Event> rewritten = events.stream().map(e -> new Event(e.id(), e.channel(), e.status(),
                e.participants().stream().map(p -> renamed.getOrDefault(p, p)).toList(),
                e.initiator() == null ? null : renamed.getOrDefault(e.initiator(), e.initiator()),
                e.date(), e.duration(), e.mentions(), e.confidence())).toList();
        return new Kept(new Actors(kept, actors.mentions()), rewritten);
    }
}
