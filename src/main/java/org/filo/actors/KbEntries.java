package org.filo.actors;

import java.time.LocalDate;
import java.util.List;
import org.filo.model.ActorKind;

/** Rows of the knowledge base, one record per file. */
final class KbEntries {
    private KbEntries() {
    }

    /** people.tsv: roleClass is the class of {@code role} (null when roles.tsv has no phrase for it). */
    record PersonEntry(String name, String country, String role, RoleClass roleClass, LocalDate since,
                       LocalDate until, List<String> variants) {
        /** True when the document date is unknown or falls in the term of office. */
        boolean inOffice(LocalDate date) {
            return date == null || (!date.isBefore(since) && !date.isAfter(until));
        }

        String surname() {
            List<Word> words = WordScanner.scan(name);
            return name.substring(words.get(words.size() - 1).start());
        }
    }

    /** countries.tsv. */
    record CountryEntry(String iso3, String name) {
    }

    /** organizations.tsv: {@code national} organisations take their country from the text. */
    record OrganizationEntry(String name, ActorKind kind, String country, boolean national) {
    }

    /** roles.tsv. */
    record RoleEntry(String phrase, RoleClass roleClass) {
    }
}
