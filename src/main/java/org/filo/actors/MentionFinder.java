package org.filo.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.filo.actors.DocumentWords.Hit;
import org.filo.actors.KbEntries.CountryEntry;
import org.filo.actors.KbEntries.OrganizationEntry;
import org.filo.actors.KbEntries.PersonEntry;
import org.filo.actors.RoleParser.Name;
import org.filo.actors.RoleParser.RolePhrase;

/**
 * First pass over a document: turns the phrases found in the text into references. Names, countries,
 * seats, organisations and demonyms refer directly; role phrases give their person a role and a country;
 * roles without a name, "quest'ultimo" and "i due" are left for {@link ReferenceResolver}.
 */
final class MentionFinder {
    private final ActorKnowledgeBase kb;
    private final DocumentWords dw;
    private final ActorTable table;
    private final RoleParser roles;
    private final LocalDate date;
    private final boolean[] consumed;
    private final List<Reference> references = new ArrayList<>();
    private final List<Reference> places = new ArrayList<>();

    MentionFinder(ActorKnowledgeBase kb, DocumentWords dw, ActorTable table, LocalDate date) {
        this.kb = kb;
        this.dw = dw;
        this.table = table;
        this.roles = new RoleParser(kb, dw);
        this.date = date;
        this.consumed = new boolean[dw.size()];
    }

    List<Reference> find() {
        for (Hit h : dw.hits()) {
            if (consumed[h.from()]) {
                continue;
            }
            switch (h.type()) {
                case BLOCKED -> consume(h.from(), h.to());
                case ROLE -> role(h);
                case PERSON, UNKNOWN_PERSON -> {
                    ActorDraft person = name(new Name(h.from(), h.to(), h.lexeme()));
                    apposition(h.to(), person);
                }
                case COUNTRY, SEAT -> {
                    ActorDraft country = table.country((CountryEntry) h.lexeme().target());
                    if (!isPlace(h)) {
                        direct(h.from(), h.to(), country, true);
                    } else if (!isDateline(h)) {
                        Word first = dw.word(h.from());
                        places.add(Reference.direct(first.start(), dw.word(h.to() - 1).end(), first.sentence(),
                                country, true));
                    }
                }
                case ORGANIZATION -> organization(h);
                case PLURAL_ADJECTIVE -> {
                    if (dw.sameSentence(h.from() - 1, h.from()) && kb.is(Cue.ARTICLE, dw.norm(h.from() - 1))) {
                        direct(h.from(), h.to(), table.country((CountryEntry) h.lexeme().target()), false);
                    }
                }
                case CUE -> cue(h, (Cue) h.lexeme().target());
                case ADJECTIVE -> {
                    // an adjective alone ("attacchi russi") names no party
                }
            }
        }
        return references;
    }

    /** Capitals and countries named as places ("a Mosca"), found by {@link #find()}; datelines excluded. */
    List<Reference> places() {
        return places;
    }

    private void role(Hit h) {
        RolePhrase rp = roles.parse(h, false);
        if (rp.name() != null && !fitsApposition(rp)) {
            rp = new RolePhrase(rp.start(), rp.headFrom(), rp.roleEnd(), rp.end(), rp.roleText(), rp.role(),
                    rp.country(), null);
        }
        if (rp.name() != null) {
            ActorDraft person = name(rp.name());
            person.roleFromText(rp.roleText(), rp.role().roleClass());
            if (rp.country() != null) {
                person.countryFromText(rp.country().iso3());
            }
            direct(rp.start(), rp.end(), person, false);
            consume(rp.start(), rp.name().to());
            apposition(rp.name().to(), person);
            return;
        }
        ActorDraft named = appositionTarget(rp.end());
        if (named != null) {
            direct(rp.start(), rp.end(), named, false);
            return;
        }
        if (rp.country() != null) {
            Word first = dw.word(rp.start());
            references.add(Reference.roleOnly(first.start(), dw.word(rp.end() - 1).end(), first.sentence(), rp.role(),
                    rp.country().iso3()));
            consume(rp.start(), rp.end());
        }
    }

    /**
     * A name after a comma is the role's person only when the countries agree: in "dopo aver parlato con
     * il presidente ucraino, Biden ha consultato…" Biden is the subject of the next clause.
     */
    private boolean fitsApposition(RolePhrase rp) {
        if (rp.name().from() == rp.end() || rp.country() == null) {
            return true;
        }
        Lexeme lexeme = rp.name().lexeme();
        String known = lexeme.type() == Lexeme.Type.PERSON ? ((PersonEntry) lexeme.target()).country() : null;
        return known == null || known.equals(rp.country().iso3());
    }

    /** "la sua controparte russa, l'allora ministro della Difesa russo Sergei Shoigu": the named person. */
    private ActorDraft appositionTarget(int end) {
        if (!dw.norm(end).equals(",")) {
            return null;
        }
        int k = end + 1;
        while (k < dw.size() && k - end <= 3 && dw.hitAt(k) == null && kb.is(Cue.ROLE_PREFIX, dw.norm(k))) {
            k++;
        }
        Hit next = dw.hitAt(k);
        if (next == null || next.type() != Lexeme.Type.ROLE || consumed[k] || !dw.sameSentence(end, k)) {
            return null;
        }
        RolePhrase np = roles.parse(next, false);
        if (np.name() == null) {
            return null;
        }
        role(next);
        return draft(np.name().lexeme());
    }

    /** "Putin, presidente russo, …": the role after a name and a comma is that person's. */
    private void apposition(int end, ActorDraft person) {
        if (!dw.norm(end).equals(",")) {
            return;
        }
        int k = end + 1;
        while (k < dw.size() && k - end <= 2 && dw.hitAt(k) == null && kb.is(Cue.ROLE_PREFIX, dw.norm(k))) {
            k++;
        }
        Hit next = dw.hitAt(k);
        if (next == null || next.type() != Lexeme.Type.ROLE || consumed[k] || !dw.sameSentence(end, k)) {
            return;
        }
        RolePhrase ap = roles.parse(next, true);
        if (ap.end() < dw.size() && roles.nameAt(ap.end(), dw.sentenceEnd(k), false) != null) {
            return;
        }
        person.roleFromText(ap.roleText(), ap.role().roleClass());
        if (ap.country() != null) {
            person.countryFromText(ap.country().iso3());
        }
        direct(ap.start(), ap.end(), person, false);
        consume(ap.start(), ap.end());
    }

    private ActorDraft name(Name name) {
        ActorDraft person = draft(name.lexeme());
        direct(name.from(), name.to(), person, true);
        consume(name.from(), name.to());
        return person;
    }

    private ActorDraft draft(Lexeme lexeme) {
        if (lexeme.type() == Lexeme.Type.PERSON) {
            PersonEntry entry = (PersonEntry) lexeme.target();
            ActorDraft person = table.person(entry);
            KbEntries.Term term = entry.termAt(date);
            if (term != null) {
                person.addClass(term.roleClass());
            }
            return person;
        }
        return table.unknownPerson((String) lexeme.target());
    }

    private void organization(Hit h) {
        OrganizationEntry org = (OrganizationEntry) h.lexeme().target();
        String country = null;
        int end = h.to();
        if (org.national()) {
            Hit adjective = dw.hitAt(end);
            Hit named = kb.is(Cue.PREPOSITION, dw.norm(end)) ? dw.hitAt(end + 1) : null;
            if (adjective != null && adjective.lexeme().isAdjective()) {
                country = ((CountryEntry) adjective.lexeme().target()).iso3();
                end = adjective.to();
            } else if (named != null && named.lexeme().isCountryName()) {
                country = ((CountryEntry) named.lexeme().target()).iso3();
                end = named.to();
            }
        }
        direct(h.from(), end, table.organization(org, country), true);
    }

    private void cue(Hit h, Cue cue) {
        switch (cue) {
            case AGENT_NOUN -> agentAdjectives(h.to());
            case LAST_PERSON -> pending(h, Reference.Kind.LAST_PERSON);
            case PAIR_LEADERS -> pending(h, Reference.Kind.PAIR_LEADERS);
            case PAIR_COUNTRIES -> pending(h, Reference.Kind.PAIR_COUNTRIES);
            case PAIR_PERSONS -> {
                int next = h.to();
                if (next >= dw.sentenceEnd(h.from()) || dw.word(next).punctuation()
                        || kb.is(Cue.PAIR_FOLLOWER, dw.norm(next))) {
                    pending(h, Reference.Kind.PAIR_PERSONS);
                }
            }
            default -> {
            }
        }
    }

    /** "funzionari statunitensi e russi": each adjective after a noun for officials is a party. */
    private void agentAdjectives(int q) {
        while (q < dw.size()) {
            Hit adjective = dw.hitAt(q);
            if (adjective == null || !adjective.lexeme().isAdjective() || consumed[q]) {
                return;
            }
            // marked as a name so that a NER entity "governo russo" is linked to the country
            direct(adjective.from(), adjective.to(), table.country((CountryEntry) adjective.lexeme().target()), true);
            q = adjective.to();
            if (!dw.norm(q).equals("e")) {
                return;
            }
            q++;
        }
    }

    /** A capital or country used as a place: "a Mosca", "in Danimarca", "i colloqui (di pace) di Abu Dhabi", "la capitale, X". */
    private boolean isPlace(Hit h) {
        int i = h.from();
        if (isDateline(h)) {
            return true;
        }
        if (dw.sameSentence(i - 1, i) && kb.is(Cue.LOCATIVE, dw.norm(i - 1))) {
            return true;
        }
        if (h.type() != Lexeme.Type.SEAT) {
            return false;
        }
        String prev = dw.norm(i - 1);
        boolean afterOf = prev.equals("di") || prev.equals("da");
        if (afterOf && agentNounEndsAt(i - 1)) {
            return false; // "una riunione di rappresentanti di Mosca": those who represent it, not a venue
        }
        for (int k = i - 1; k >= i - 4 && dw.sameSentence(k, i); k--) {
            if (kb.is(Cue.PLACE_NOUN, dw.norm(k)) || (afterOf && kb.is(Cue.EVENT_NOUN, dw.norm(k)))) {
                return true;
            }
        }
        return false;
    }

    /** "rappresentanti", "servizi segreti": an agent noun (a phrase cue) ending right before token {@code end}. */
    private boolean agentNounEndsAt(int end) {
        for (int k = end - 1; k >= 0 && k >= end - 3 && dw.sameSentence(k, end); k--) {
            Hit h = dw.hitAt(k);
            if (h != null && h.to() == end && h.type() == Lexeme.Type.CUE && h.lexeme().target() == Cue.AGENT_NOUN) {
                return true;
            }
        }
        return false;
    }

    /**
     * "ROMA, 15 gennaio 2024 – …", "SIRIA – Damasco 31/8/2013": a place opening the sentence, then a comma or
     * dash and a date within a few words, is where the story was filed, not a party.
     */
    private boolean isDateline(Hit h) {
        int i = h.from();
        int j = h.to();
        String next = dw.norm(j);
        if (dw.sameSentence(i - 1, i) && !isDash(dw.norm(i - 1))) {
            return false;
        }
        if (!next.equals(",") && !isDash(next) && !next.matches("\\d.*")) {
            return false;
        }
        for (int k = j; k <= j + 8 && dw.sameSentence(i, k); k++) {
            if (dw.norm(k).matches("(1[89]|20)\\d\\d|\\d{1,2}/\\d{1,2}/\\d{2,4}")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDash(String w) {
        return w.equals("-") || w.equals("–") || w.equals("—");
    }

    private void pending(Hit h, Reference.Kind kind) {
        Word first = dw.word(h.from());
        references.add(Reference.pending(kind, first.start(), dw.word(h.to() - 1).end(), first.sentence()));
        consume(h.from(), h.to());
    }

    private void direct(int from, int to, ActorDraft actor, boolean name) {
        Word first = dw.word(from);
        references.add(Reference.direct(first.start(), dw.word(to - 1).end(), first.sentence(), actor, name));
        consume(from, to);
    }

    private void consume(int from, int to) {
        for (int i = from; i < to; i++) {
            consumed[i] = true;
        }
    }
}
