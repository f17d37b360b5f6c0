package org.filo.model;

/** What kind of party an actor is. */
public enum ActorKind { PERSON, COUNTRY, ORGANIZATION, GROUP }
