package org.filo.model;

import java.util.List;

/**
 * The actors of a document and every mention that refers to one of them. {@code places} are capitals and
 * countries named as places ("a Mosca", "in Libano"): no party by themselves, but a visit's host when an
 * event reads them so. A place whose country is no actor of the document stands for one of
 * {@code placeActors} (ids "P1", "P2"…), which become actors only if an event takes them as host.
 */
public record Actors(List<Actor> actors, List<ActorMention> mentions, List<Actor> placeActors,
                     List<ActorMention> places) {
    public static final Actors NONE = new Actors(List.of(), List.of());

    public Actors {
        actors = List.copyOf(actors);
        mentions = List.copyOf(mentions);
        placeActors = List.copyOf(placeActors);
        places = List.copyOf(places);
    }

    public Actors(List<Actor> actors, List<ActorMention> mentions) {
        this(actors, mentions, List.of(), List.of());
    }
}
