package org.filo.actors;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.filo.actors.KbEntries.CountryEntry;
import org.filo.actors.KbEntries.OrganizationEntry;
import org.filo.actors.KbEntries.PersonEntry;
import org.filo.actors.KbEntries.RoleEntry;
import org.filo.actors.KbEntries.Term;
import org.filo.model.ActorKind;

/**
 * The actor knowledge base of models/actors/ (README.md there describes the files), indexed once:
 * one phrase trie for every name, seat, adjective, role and phrase cue; sets for single context words.
 * Immutable after loading, so one instance serves every thread.
 */
final class ActorKnowledgeBase {
    private final PhraseTrie<Lexeme> phrases = new PhraseTrie<>();
    private final PhraseTrie<RoleEntry> roles = new PhraseTrie<>();
    private final Map<String, CountryEntry> countries = new HashMap<>();
    private final Map<Cue, Set<String>> contextWords = new EnumMap<>(Cue.class);
    private final List<PersonEntry> people = new ArrayList<>();
    private final List<OrganizationEntry> organizations = new ArrayList<>();

    private ActorKnowledgeBase() {
        for (Cue cue : Cue.values()) {
            contextWords.put(cue, new HashSet<>());
        }
    }

    /** Loads the knowledge base from a directory such as {@code <project>/models/actors}. */
    static ActorKnowledgeBase load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("actor knowledge base directory not found: " + dir);
        }
        ActorKnowledgeBase kb = new ActorKnowledgeBase();
        List<TsvFile.Row> roleRows = TsvFile.read(dir.resolve("roles.tsv"), "phrase", "class", "country");
        kb.loadRoles(roleRows);
        kb.loadCountries(TsvFile.read(dir.resolve("countries.tsv"), "iso3", "name", "names", "adjectives", "plurals",
                "seats"));
        for (TsvFile.Row row : roleRows) {
            if (row.optional(2) != null && kb.country(row.optional(2)) == null) {
                throw row.error("country " + row.optional(2) + " is not in countries.tsv");
            }
        }
        kb.loadPeople(TsvFile.read(dir.resolve("people.tsv"), "name", "country", "role", "since", "until", "variants"));
        kb.loadOrganizations(TsvFile.read(dir.resolve("organizations.tsv"), "name", "kind", "country", "national",
                "variants"));
        kb.loadCues(TsvFile.read(dir.resolve("cues.tsv"), "phrase", "cue"));
        for (TsvFile.Row row : TsvFile.read(dir.resolve("not-actors.tsv"), "phrase")) {
            kb.addPhrase(row.get(0), Lexeme.Type.BLOCKED, row.get(0));
        }
        return kb;
    }

    PhraseTrie<Lexeme> phrases() {
        return phrases;
    }

    CountryEntry country(String iso3) {
        return countries.get(iso3);
    }

    boolean is(Cue cue, String norm) {
        return contextWords.get(cue).contains(norm);
    }

    /** A context word of any kind (article, preposition, role prefix…): never part of a person's name. */
    boolean isFunctionWord(String norm) {
        for (Set<String> words : contextWords.values()) {
            if (words.contains(norm)) {
                return true;
            }
        }
        return false;
    }

    int peopleCount() {
        return people.size();
    }

    int countryCount() {
        return countries.size();
    }

    int organizationCount() {
        return organizations.size();
    }

    int phraseCount() {
        return phrases.size();
    }

    /** The class of the longest role phrase that opens {@code roleText}, or null. */
    RoleClass classOf(String roleText) {
        List<Word> words = WordScanner.scan(roleText);
        List<PhraseTrie.Match<RoleEntry>> matches = roles.matchesAt(words, 0, words.size());
        return matches.isEmpty() ? null : matches.get(0).values().get(0).roleClass();
    }

    private void loadRoles(List<TsvFile.Row> rows) {
        for (TsvFile.Row row : rows) {
            RoleEntry role = new RoleEntry(row.get(0), enumValue(RoleClass.class, row, 1), row.optional(2));
            roles.add(WordScanner.norms(role.phrase()), role);
            addPhrase(role.phrase(), Lexeme.Type.ROLE, role, false);
        }
    }

    private void loadCountries(List<TsvFile.Row> rows) {
        for (TsvFile.Row row : rows) {
            String iso = row.get(0);
            if (!iso.matches("[A-Z]{3}")) {
                throw row.error("iso3 must be three capital letters: " + iso);
            }
            CountryEntry country = new CountryEntry(iso, row.get(1));
            if (countries.put(iso, country) != null) {
                throw row.error("country listed twice: " + iso);
            }
            addPhrase(country.name(), Lexeme.Type.COUNTRY, country);
            row.list(2).forEach(name -> addPhrase(name, Lexeme.Type.COUNTRY, country));
            row.list(3).forEach(adj -> addPhrase(adj, Lexeme.Type.ADJECTIVE, country));
            row.list(4).forEach(adj -> addPhrase(adj, Lexeme.Type.PLURAL_ADJECTIVE, country));
            row.list(5).forEach(seat -> addPhrase(seat, Lexeme.Type.SEAT, country));
        }
    }

    /** Rows with the same name are one person with several terms of office (Medvedev: president, then premier). */
    private void loadPeople(List<TsvFile.Row> rows) {
        Map<String, List<TsvFile.Row>> byName = new LinkedHashMap<>();
        for (TsvFile.Row row : rows) {
            byName.computeIfAbsent(row.get(0), k -> new ArrayList<>()).add(row);
        }
        for (List<TsvFile.Row> personRows : byName.values()) {
            String country = personRows.get(0).optional(1);
            List<Term> terms = new ArrayList<>();
            Set<String> variants = new LinkedHashSet<>();
            for (TsvFile.Row row : personRows) {
                if (!Objects.equals(country, row.optional(1))) {
                    throw row.error("the same person is listed with two countries");
                }
                if (country != null && !countries.containsKey(country)) {
                    throw row.error("country " + country + " is not in countries.tsv");
                }
                String role = row.get(2);
                RoleClass roleClass = classOf(role);
                if (roleClass == null) {
                    throw row.error("role '" + role + "' does not start with a phrase of roles.tsv");
                }
                terms.add(new Term(role, roleClass, date(row, 3, false), date(row, 4, true)));
                variants.addAll(row.list(5));
            }
            PersonEntry person = new PersonEntry(personRows.get(0).get(0), country, List.copyOf(terms),
                    List.copyOf(variants));
            people.add(person);
            addPhrase(person.name(), Lexeme.Type.PERSON, person);
            person.variants().forEach(v -> addPhrase(v, Lexeme.Type.PERSON, person));
        }
    }

    private void loadOrganizations(List<TsvFile.Row> rows) {
        for (TsvFile.Row row : rows) {
            ActorKind kind = enumValue(ActorKind.class, row, 1);
            if (kind != ActorKind.ORGANIZATION && kind != ActorKind.GROUP) {
                throw row.error("kind must be ORGANIZATION or GROUP");
            }
            String country = row.optional(2);
            if (country != null && !countries.containsKey(country)) {
                throw row.error("country " + country + " is not in countries.tsv");
            }
            String national = row.get(3);
            if (!national.equals("yes") && !national.equals("no")) {
                throw row.error("national must be yes or no");
            }
            OrganizationEntry org = new OrganizationEntry(row.get(0), kind, country, national.equals("yes"));
            organizations.add(org);
            addPhrase(org.name(), Lexeme.Type.ORGANIZATION, org);
            row.list(4).forEach(v -> addPhrase(v, Lexeme.Type.ORGANIZATION, org));
        }
    }

    private void loadCues(List<TsvFile.Row> rows) {
        for (TsvFile.Row row : rows) {
            Cue cue = enumValue(Cue.class, row, 1);
            if (cue.isPhrase()) {
                addPhrase(row.get(0), Lexeme.Type.CUE, cue, false);
            } else {
                // single words, kept whole: "dall'" is the elided form that the scanner keeps as one word
                if (row.get(0).isEmpty() || row.get(0).chars().anyMatch(Character::isWhitespace)) {
                    throw row.error(cue + " cues are single words: " + row.get(0));
                }
                contextWords.get(cue).add(WordScanner.normalize(row.get(0)));
            }
        }
    }

    private void addPhrase(String form, Lexeme.Type type, Object target) {
        addPhrase(form, type, target, Character.isUpperCase(form.charAt(0)));
    }

    private void addPhrase(String form, Lexeme.Type type, Object target, boolean needsCapital) {
        phrases.add(WordScanner.norms(form), new Lexeme(type, target, needsCapital));
    }

    /** A year (the whole year counts) or an ISO date; '-' is open. */
    private static LocalDate date(TsvFile.Row row, int i, boolean end) {
        String cell = row.optional(i);
        if (cell == null) {
            return end ? LocalDate.MAX : LocalDate.MIN;
        }
        if (cell.matches("\\d{4}")) {
            int year = Integer.parseInt(cell);
            return end ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
        }
        try {
            return LocalDate.parse(cell);
        } catch (java.time.format.DateTimeParseException e) {
            throw row.error("since/until must be a year (2024) or a date (2024-05-14): " + cell);
        }
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, TsvFile.Row row, int i) {
        try {
            return Enum.valueOf(type, row.get(i));
        } catch (IllegalArgumentException e) {
            throw row.error("unknown " + type.getSimpleName() + " '" + row.get(i) + "'");
        }
    }
}
