package org.filo.actors;

import org.filo.actors.KbEntries.RoleEntry;

/**
 * A stretch of text that refers to one actor, or (before the reference pass) to one still to be found:
 * a role without a name, "quest'ultimo", "i due". {@code name} marks names, the only references linked to
 * named entities.
 */
final class Reference {
    enum Kind { DIRECT, ROLE_ONLY, LAST_PERSON, PAIR_PERSONS, PAIR_LEADERS, PAIR_COUNTRIES }

    final Kind kind;
    final int start;
    final int end;
    final int sentence;
    final boolean name;
    final RoleEntry role;
    final String country;
    ActorDraft actor;

    private Reference(Kind kind, int start, int end, int sentence, boolean name, RoleEntry role, String country,
                      ActorDraft actor) {
        this.kind = kind;
        this.start = start;
        this.end = end;
        this.sentence = sentence;
        this.name = name;
        this.role = role;
        this.country = country;
        this.actor = actor;
    }

    static Reference direct(int start, int end, int sentence, ActorDraft actor, boolean name) {
        return new Reference(Kind.DIRECT, start, end, sentence, name, null, null, actor);
    }

    static Reference roleOnly(int start, int end, int sentence, RoleEntry role, String country) {
        return new Reference(Kind.ROLE_ONLY, start, end, sentence, false, role, country, null);
    }

    static Reference pending(Kind kind, int start, int end, int sentence) {
        return new Reference(kind, start, end, sentence, false, null, null, null);
    }

    Reference resolvedTo(ActorDraft resolved) {
        return new Reference(Kind.DIRECT, start, end, sentence, false, role, country, resolved);
    }
}
