package org.filo.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.filo.actors.KbEntries.PersonEntry;
import org.filo.actors.KbEntries.Term;
import org.filo.model.Actor;
import org.filo.model.ActorKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per row type of models/actors, and the loader's errors. */
class ActorKnowledgeBaseTest {
    private static final ActorKnowledgeBase KB = ActorKnowledgeBase.load(Path.of("models/actors"));

    private static List<Actor> actors(String text) {
        return TestDocuments.of(text).resolve(ResolverRulesTest.RESOLVER).actors();
    }

    @Test
    void sizeIsAUsefulSetNotJustTheSeeds() {
        assertTrue(KB.peopleCount() >= 80, "people: " + KB.peopleCount());
        assertTrue(KB.countryCount() >= 60, "countries: " + KB.countryCount());
        assertTrue(KB.organizationCount() >= 20, "organisations: " + KB.organizationCount());
    }

    @Test
    void peopleRowGivesNameCountryRoleAndVariants() {
        Actor erdogan = actors("Erdoğan ha chiamato.").get(0);
        assertEquals(new Actor("A1", ActorKind.PERSON, "Recep Tayyip Erdoğan", "TUR", "presidente", List.of()), erdogan);
        assertEquals("Abdel Fattah al-Sisi", actors("Lo ha detto al-Sisi.").get(0).name());
    }

    @Test
    void peopleRowTermOfOffice() {
        Term defence = new Term("ministro della Difesa", RoleClass.DEFENCE_MINISTER, LocalDate.of(2012, 1, 1),
                LocalDate.of(2024, 5, 12));
        PersonEntry shoigu = new PersonEntry("Sergei Shoigu", "RUS", List.of(defence), List.of());
        assertEquals(defence, shoigu.termAt(LocalDate.of(2022, 5, 13)));
        assertEquals(null, shoigu.termAt(LocalDate.of(2024, 6, 26)));
        String text = "Shoigu ha parlato.";
        assertEquals(null, TestDocuments.of(text).dct(LocalDate.of(2025, 1, 1)).resolve(ResolverRulesTest.RESOLVER)
                .actors().get(0).role(), "out of office, the KB role is not given");
    }

    @Test
    void peopleRowsWithOneNameAreTermsOfOnePerson() {
        String text = "Medvedev ha parlato.";
        assertEquals("presidente", TestDocuments.of(text).dct(LocalDate.of(2011, 3, 1))
                .resolve(ResolverRulesTest.RESOLVER).actors().get(0).role());
        assertEquals("primo ministro", TestDocuments.of(text).dct(LocalDate.of(2015, 3, 1))
                .resolve(ResolverRulesTest.RESOLVER).actors().get(0).role());
    }

    @Test
    void countryRowNamesVariantsAdjectivesPluralsAndSeats() {
        List<Actor> actors = actors("L'America e Washington, il leader americano Trump, gli americani e il Pentagono.");
        assertTrue(actors.stream().allMatch(a -> a.country().equals("USA")), actors::toString);
        assertEquals("Stati Uniti", actors.get(0).name());
    }

    @Test
    void organisationRowsNationalAndNot() {
        List<Actor> actors = actors("Il ministero della Difesa russo e la NATO, poi il ministero della Difesa.");
        assertEquals(List.of("ministero della Difesa|RUS|ORGANIZATION", "NATO|null|ORGANIZATION",
                "ministero della Difesa|null|ORGANIZATION"),
                actors.stream().map(a -> a.name() + "|" + a.country() + "|" + a.kind()).toList());
    }

    @Test
    void roleRowGivesTheOfficeClass() {
        assertEquals(RoleClass.DEFENCE_MINISTER, KB.classOf("segretario alla Difesa"));
        assertEquals(RoleClass.MINISTER, KB.classOf("ministro dell'Interno"));
        assertEquals(RoleClass.COUNTERPART, KB.classOf("omologa"));
    }

    @Test
    void cueRowsOfEveryKind() {
        assertTrue(KB.is(Cue.PAIR_FOLLOWER, "hanno"));
        assertTrue(KB.is(Cue.ARTICLE, "gli"));
        assertTrue(KB.is(Cue.LOCATIVE, "a"));
        assertTrue(KB.is(Cue.PLACE_NOUN, "capitale"));
        assertTrue(KB.is(Cue.EVENT_NOUN, "colloqui"));
        assertTrue(KB.is(Cue.ROLE_PREFIX, "l'"));
        assertTrue(KB.is(Cue.PREPOSITION, "dell'"));
        assertTrue(KB.is(Cue.PAIR_FOLLOWER, "dall'"), "elided single words are kept whole");
    }

    @Test
    void notActorsRowBlocksTheLongerPhrase() {
        assertEquals(List.of(), actors("Il New York Times e Al Jazeera."));
    }

    @Test
    void loaderNamesTheFileAndLineOfABadRow(@TempDir Path dir) throws IOException {
        for (String f : List.of("roles.tsv", "countries.tsv", "people.tsv", "organizations.tsv", "cues.tsv",
                "not-actors.tsv")) {
            Files.copy(Path.of("models/actors").resolve(f), dir.resolve(f));
        }
        Files.writeString(dir.resolve("people.tsv"), "name\tcountry\trole\tsince\tuntil\tvariants\n"
                + "Mario Rossi\tXXX\tpresidente\t-\t-\t-\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ActorKnowledgeBase.load(dir));
        assertEquals("people.tsv:2: country XXX is not in countries.tsv", e.getMessage());
        Files.writeString(dir.resolve("people.tsv"), "name\tcountry\n");
        e = assertThrows(IllegalArgumentException.class, () -> ActorKnowledgeBase.load(dir));
        assertTrue(e.getMessage().startsWith("people.tsv:1: header must be"), e.getMessage());
        Files.writeString(dir.resolve("people.tsv"), "name\tcountry\trole\tsince\tuntil\tvariants\n"
                + "Mario Rossi\tITA\tgiardiniere\t-\t-\t-\n");
        e = assertThrows(IllegalArgumentException.class, () -> ActorKnowledgeBase.load(dir));
        assertEquals("people.tsv:2: role 'giardiniere' does not start with a phrase of roles.tsv", e.getMessage());
    }

    @Test
    void missingDirectoryIsAClearError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> KnowledgeBaseActorResolver.load(Path.of("no-such-models")));
        assertTrue(e.getMessage().contains("actor knowledge base directory not found"), e.getMessage());
    }
}
