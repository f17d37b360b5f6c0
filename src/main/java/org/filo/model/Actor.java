package org.filo.model;

import java.util.List;

/**
 * One real party in a document: canonical name, kind, role (as the text gives it) and country
 * (ISO 3166-1 alpha-3, null when unknown). {@code mentions} are entity ids ("T1") that refer to it.
 */
public record Actor(String id, ActorKind kind, String name, String country, String role, List<String> mentions) {
    public Actor {
        mentions = List.copyOf(mentions);
    }
}
