package org.filo.model;

/** Named-entity classes of the Italian model (KIND / FBK scheme). */
public enum EntityType { PER, ORG, LOC }
