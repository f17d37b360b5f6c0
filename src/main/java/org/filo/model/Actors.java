package org.filo.model;

import java.util.List;

/** The actors of a document and every mention that refers to one of them. */
public record Actors(List<Actor> actors, List<ActorMention> mentions) {
    public static final Actors NONE = new Actors(List.of(), List.of());

    public Actors {
        actors = List.copyOf(actors);
        mentions = List.copyOf(mentions);
    }
}
