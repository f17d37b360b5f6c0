package org.filo.time;

/** Tense of the clause around an expression, as far as surface cues tell; it orients relative values. */
public enum Tense { PAST, PRESENT, FUTURE }
