package org.filo.eval;

/** A party as the output names it: an event participant or a document actor (kind PERSON, COUNTRY, …). */
public record SystemParticipant(String actorId, String kind, String name, String country) {
}
