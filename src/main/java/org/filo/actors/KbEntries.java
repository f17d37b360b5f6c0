package org.filo.actors;

import java.time.LocalDate;
import java.util.List;
import org.filo.model.ActorKind;

/** Rows of the knowledge base, one record per file. */
final class KbEntries {
    private KbEntries() {
    }

    /** One office a person held, from people.tsv: the role phrase, its class and the term (inclusive). */
    record Term(String role, RoleClass roleClass, LocalDate since, LocalDate until) {
        boolean covers(LocalDate date) {
            return !date.isBefore(since) && !date.isAfter(until);
        }
    }

    /** A person of people.tsv: every row with the same name adds a term of office. */
    record PersonEntry(String name, String country, List<Term> terms, List<String> variants) {
        /** The office held at the document date; with no date, the last listed; null when out of office. */
        Term termAt(LocalDate date) {
            if (date == null) {
                return terms.get(terms.size() - 1);
            }
            for (Term t : terms) {
                if (t.covers(date)) {
                    return t;
                }
            }
            return null;
        }
    }

    /** countries.tsv. */
    record CountryEntry(String iso3, String name) {
    }

    /** organizations.tsv: {@code national} organisations take their country from the text. */
    record OrganizationEntry(String name, ActorKind kind, String country, boolean national) {
    }

    /** roles.tsv. */
    record RoleEntry(String phrase, RoleClass roleClass, String country) {
    }
}
