package org.filo.actors;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.filo.actors.KbEntries.PersonEntry;
import org.filo.model.ActorKind;

/** An actor of one document while it is being resolved: identity, what the KB and the text say about it. */
final class ActorDraft {
    final String key;
    final ActorKind kind;
    final String name;
    final PersonEntry person;
    private String country;
    private String textRole;
    private final Set<RoleClass> classes = EnumSet.noneOf(RoleClass.class);

    ActorDraft(String key, ActorKind kind, String name, String country, PersonEntry person) {
        this.key = key;
        this.kind = kind;
        this.name = name;
        this.country = country;
        this.person = person;
    }

    String country() {
        return country;
    }

    /** The KB country wins; the text fills it in for people the KB does not know. */
    void countryFromText(String iso3) {
        if (country == null && iso3 != null) {
            country = iso3;
        }
    }

    /**
     * The first office the text gives is the actor's role; every office adds its class. "Omologo" and
     * "controparte" say how the person relates to another, not what office they hold: ignored.
     */
    void roleFromText(String role, RoleClass roleClass) {
        if (roleClass == RoleClass.COUNTERPART) {
            return;
        }
        if (textRole == null) {
            textRole = role;
        }
        classes.add(roleClass);
    }

    void addClass(RoleClass roleClass) {
        classes.add(roleClass);
    }

    String role(LocalDate date) {
        if (textRole != null) {
            return textRole;
        }
        KbEntries.Term term = person != null ? person.termAt(date) : null;
        return term != null ? term.role() : null;
    }

    boolean holds(RoleClass wanted) {
        for (RoleClass held : classes) {
            if (wanted.accepts(held)) {
                return true;
            }
        }
        return false;
    }

    boolean isLeader() {
        return classes.stream().anyMatch(RoleClass::isLeader);
    }

    Set<RoleClass> classes() {
        return classes;
    }

    boolean isPerson() {
        return kind == ActorKind.PERSON;
    }
}
