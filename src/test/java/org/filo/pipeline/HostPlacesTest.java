package org.filo.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.filo.model.Actor;
import org.filo.model.ActorKind;
import org.filo.model.ActorMention;
import org.filo.model.Actors;
import org.filo.model.Channel;
import org.filo.model.Event;
import org.filo.model.EventStatus;
import org.filo.model.EventTime;
import org.junit.jupiter.api.Test;

class HostPlacesTest {
    private static final Actor PAPA = new Actor("A1", ActorKind.COUNTRY, "Santa Sede", "VAT", null, List.of());
    private static final Actor LEBANON = new Actor("P1", ActorKind.COUNTRY, "Libano", "LBN", null, List.of("T3"));
    private static final Actor TURKEY = new Actor("P2", ActorKind.COUNTRY, "Turchia", "TUR", null, List.of());
    private static final Actors ACTORS = new Actors(List.of(PAPA), List.of(new ActorMention(0, 4, "A1", null)),
            List.of(LEBANON, TURKEY), List.of(new ActorMention(10, 16, "P1", "T3"), new ActorMention(20, 27, "P2", null)));

    private static Event event(String... participants) {
        return new Event("E1", Channel.MEETING, EventStatus.OCCURRED, List.of(participants), null, EventTime.NONE,
                EventTime.NONE, List.of(), 0.7);
    }

    @Test
    void aPlaceTakenAsHostBecomesTheNextActorAndTheEventNamesIt() {
        HostPlaces.Kept kept = HostPlaces.keepUsed(ACTORS, List.of(event("A1", "P2")));
        assertEquals(List.of("A1 Santa Sede", "A2 Turchia"),
                kept.actors().actors().stream().map(a -> a.id() + " " + a.name()).toList());
        assertEquals(List.of("A1", "A2"), kept.events().get(0).participants());
        assertEquals(List.of(), kept.actors().placeActors(), "places are done with once events are read");
    }

    @Test
    void placesNoEventTakesLeaveTheActorsAsTheyWere() {
        HostPlaces.Kept kept = HostPlaces.keepUsed(ACTORS, List.of(event("A1", "A1")));
        assertEquals(List.of(PAPA), kept.actors().actors());
        assertEquals(ACTORS.mentions(), kept.actors().mentions());
    }
}
