package org.filo.actors;

/**
 * A word of the text as the resolver sees it: its span, its matching form (lower case, no accents,
 * typographic apostrophe made plain), whether it starts with a capital, whether it is punctuation,
 * and the index of its sentence.
 */
record Word(int start, int end, String norm, boolean capitalized, boolean punctuation, int sentence) {
}
