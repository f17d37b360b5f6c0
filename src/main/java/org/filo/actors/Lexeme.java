package org.filo.actors;

/**
 * What a knowledge-base phrase stands for. {@code target} is the entry (PersonEntry, CountryEntry,
 * OrganizationEntry, RoleEntry, Cue, or for UNKNOWN_PERSON the name the text gives); {@code needsCapital}
 * when the KB wrote the form with a capital, so only a capitalised word of the text matches it.
 */
record Lexeme(Type type, Object target, boolean needsCapital) {
    /** In order of precedence when one phrase has several readings. */
    enum Type { BLOCKED, PERSON, UNKNOWN_PERSON, ORGANIZATION, COUNTRY, SEAT, ROLE, CUE, PLURAL_ADJECTIVE, ADJECTIVE }

    boolean isAdjective() {
        return type == Type.ADJECTIVE || type == Type.PLURAL_ADJECTIVE;
    }

    boolean isCountryName() {
        return type == Type.COUNTRY || type == Type.SEAT;
    }
}
