package org.filo.actors;

import org.filo.actors.DocumentWords.Hit;
import org.filo.actors.KbEntries.CountryEntry;
import org.filo.actors.KbEntries.RoleEntry;

/**
 * Reads a role phrase around a role word of roles.tsv:
 * {@code [il|la sua|l'allora…] ROLE [complement] [country: russo | degli Stati Uniti | del Cremlino] [,] [NAME]}.
 * The role text keeps the office and its complements ("segretario alla Difesa", "portavoce del Cremlino")
 * and leaves out the country adjective or name, which becomes the country.
 */
final class RoleParser {
    /** Words [start, end) hold prefix, role and country; the role text spans [headFrom, roleEnd). */
    record RolePhrase(int start, int headFrom, int roleEnd, int end, String roleText, RoleEntry role,
                      CountryEntry country, Name name) {
    }

    /** A person's name after a role: a KB or NER name (lexeme) or capitalised words the text introduces. */
    record Name(int from, int to, Lexeme lexeme) {
    }

    private static final int MAX_COMPLEMENT = 8;

    private final ActorKnowledgeBase kb;
    private final DocumentWords dw;

    RoleParser(ActorKnowledgeBase kb, DocumentWords dw) {
        this.kb = kb;
        this.dw = dw;
    }

    /**
     * @param appositive true after "NAME," where the role may run on in lower case up to the next comma
     *                   ("Rustem Umerov, capo del Consiglio di sicurezza nazionale e difesa dell'Ucraina")
     */
    RolePhrase parse(Hit roleHit, boolean appositive) {
        int a = roleHit.from();
        int start = a;
        while (start > 0 && a - start < 3 && dw.sameSentence(start - 1, a) && kb.is(Cue.ROLE_PREFIX, dw.norm(start - 1))) {
            start--;
        }
        int limit = dw.sentenceEnd(a);
        CountryEntry country = countryInside(roleHit);
        int pos = roleHit.to();
        int roleEnd = pos;
        for (int step = 0; step < 3 && pos < limit; step++) {
            Hit h = dw.hitAt(pos);
            if (country == null && h != null && (h.lexeme().isAdjective() || h.type() == Lexeme.Type.COUNTRY)) {
                country = (CountryEntry) h.lexeme().target();
                pos = h.to();
                continue;
            }
            if (!kb.is(Cue.PREPOSITION, dw.norm(pos)) || pos + 1 >= limit) {
                break;
            }
            Hit next = dw.hitAt(pos + 1);
            if (next != null && next.lexeme().isCountryName()) {
                if (country != null) {
                    break;
                }
                country = (CountryEntry) next.lexeme().target();
                pos = next.to();
                if (next.type() == Lexeme.Type.SEAT) {
                    roleEnd = pos;
                }
                continue;
            }
            int q = complementEnd(pos + 1, limit, appositive);
            if (q == pos + 1) {
                break;
            }
            pos = q;
            roleEnd = q;
        }
        Name name = null;
        if (!appositive && pos < limit) {
            boolean comma = dw.norm(pos).equals(",");
            name = nameAt(comma ? pos + 1 : pos, limit, comma);
        }
        String roleText = dw.text.substring(dw.word(a).start(), dw.word(roleEnd - 1).end());
        RoleEntry role = (RoleEntry) roleHit.lexeme().target();
        if (country == null && role.country() != null) {
            country = kb.country(role.country()); // "il Papa": an office of one country only
        }
        return new RolePhrase(start, a, roleEnd, pos, roleText, role, country, name);
    }

    /** A name at word p: a person phrase, or (not after a comma) one to four capitalised words. */
    Name nameAt(int p, int limit, boolean strict) {
        if (p >= limit) {
            return null;
        }
        Hit h = dw.hitAt(p);
        if (h != null && (h.type() == Lexeme.Type.PERSON || h.type() == Lexeme.Type.UNKNOWN_PERSON)) {
            return new Name(h.from(), h.to(), h.lexeme());
        }
        int q = p;
        while (q < limit && q - p < 4 && isBareCapitalised(q)) {
            q++;
        }
        if (q == p || (strict && q - p < 2)) {
            return null;
        }
        String name = dw.text.substring(dw.word(p).start(), dw.word(q - 1).end()).replaceAll("\\s+", " ");
        return new Name(p, q, new Lexeme(Lexeme.Type.UNKNOWN_PERSON, name, true));
    }

    private boolean isBareCapitalised(int i) {
        Word w = dw.word(i);
        return w.capitalized() && !w.punctuation() && w.norm().length() > 1 && dw.hitAt(i) == null;
    }

    /** End of a complement such as "del Joint Chiefs of Staff": stops before a country, a name or punctuation. */
    private int complementEnd(int q0, int limit, boolean appositive) {
        if (!appositive && !dw.word(q0).capitalized()) {
            return q0;
        }
        int q = q0;
        while (q < limit && q - q0 < MAX_COMPLEMENT) {
            Word w = dw.word(q);
            Hit h = dw.hitAt(q);
            if (w.punctuation() || (h != null && h.type() != Lexeme.Type.ROLE && h.type() != Lexeme.Type.CUE)) {
                break;
            }
            boolean link = kb.is(Cue.PREPOSITION, w.norm());
            if (link && dw.hitAt(q + 1) != null && dw.hitAt(q + 1).lexeme().isCountryName()) {
                break;
            }
            if (!appositive && !w.capitalized() && !link) {
                break;
            }
            q++;
        }
        while (q > q0 && kb.is(Cue.PREPOSITION, dw.norm(q - 1))) {
            q--;
        }
        return q;
    }

    /** A country named inside the role phrase itself ("segretario del Pentagono"). */
    private CountryEntry countryInside(Hit roleHit) {
        for (int k = roleHit.from() + 1; k < roleHit.to(); k++) {
            for (PhraseTrie.Match<Lexeme> m : kb.phrases().matchesAt(dw.words, k, roleHit.to())) {
                for (Lexeme lexeme : m.values()) {
                    if (lexeme.isCountryName() || lexeme.isAdjective()) {
                        return (CountryEntry) lexeme.target();
                    }
                }
            }
        }
        return null;
    }
}
