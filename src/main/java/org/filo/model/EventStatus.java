package org.filo.model;

/** What became of a communication event (annotation guidelines). */
public enum EventStatus { OCCURRED, PLANNED, REFUSED, ESTABLISHED, SUSPENDED, RESUMED }
