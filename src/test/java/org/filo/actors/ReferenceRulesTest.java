package org.filo.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.filo.model.Actors;
import org.junit.jupiter.api.Test;

/** Roles without a name, "quest'ultimo" and "i due". */
class ReferenceRulesTest {
    private static List<String> mentions(String text) {
        return TestDocuments.describe(text, TestDocuments.of(text).resolve(ResolverRulesTest.RESOLVER));
    }

    @Test
    void roleWithCountryFindsThePersonOfThatClass() {
        List<String> m = mentions("Biden ha parlato con Vladimir Putin, esortando il leader russo alla diplomazia.");
        assertTrue(m.contains("il leader russo → Vladimir Putin"), m::toString);
    }

    @Test
    void roleLooksAheadWhenThePersonComesLater() {
        List<String> m = mentions("Il presidente degli Stati Uniti ha informato gli alleati. Il presidente Joe Biden ha parlato.");
        assertEquals("Il presidente degli Stati Uniti → Joe Biden", m.get(0));
    }

    @Test
    void theKnowledgeBaseTenureDecidesWhoIsPresident() {
        String text = "Trump e Biden. Il presidente degli Stati Uniti ha chiamato.";
        Actors in2025 = TestDocuments.of(text).dct(LocalDate.of(2025, 7, 3)).resolve(ResolverRulesTest.RESOLVER);
        Actors in2022 = TestDocuments.of(text).dct(LocalDate.of(2022, 7, 3)).resolve(ResolverRulesTest.RESOLVER);
        assertEquals("Il presidente degli Stati Uniti → Donald Trump", TestDocuments.describe(text, in2025).get(2));
        assertEquals("Il presidente degli Stati Uniti → Joe Biden", TestDocuments.describe(text, in2022).get(2));
    }

    @Test
    void counterpartHasThePossessorsClassNotJustTheCountry() {
        List<String> m = mentions("Austin e il generale Mark Milley hanno cercato Shoigu e il generale russo Valery "
                + "Gerasimov. Dopo la chiamata tra Austin e Shoigu, Milley dovrebbe contattare la sua controparte russa.");
        assertTrue(m.contains("la sua controparte russa → Valery Gerasimov"), m::toString);
    }

    @Test
    void counterpartInAppositionIsTheNamedPerson() {
        List<String> m = mentions("Austin ha parlato con la sua controparte russa, l'allora ministro della Difesa russo "
                + "Sergei Shoigu.");
        assertTrue(m.contains("la sua controparte russa → Sergei Shoigu"), m::toString);
        assertTrue(m.contains("l'allora ministro della Difesa russo → Sergei Shoigu"), m::toString);
    }

    @Test
    void nameAfterACommaOfAnotherCountryIsNotTheRolesPerson() {
        List<String> m = mentions("Zelensky ha chiamato. Dopo aver parlato con il presidente ucraino, Biden ha consultato gli alleati.");
        assertTrue(m.contains("il presidente ucraino → Volodymyr Zelenskyy"), m::toString);
        assertTrue(m.contains("Biden → Joe Biden"), m::toString);
    }

    @Test
    void roleWithoutAPersonFallsBackToItsCountry() {
        assertEquals(List.of("il ministro degli Esteri francese → Francia"),
                mentions("Lo ha detto il ministro degli Esteri francese."));
    }

    @Test
    void roleWithoutCountryOrNameIsNoMention() {
        assertEquals(List.of(), mentions("Il presidente ha parlato ai giornalisti."));
    }

    @Test
    void questUltimoIsTheLastPerson() {
        List<String> m = mentions("La telefonata tra Austin e Belousov, la prima da quando quest’ultimo è in carica.");
        assertTrue(m.contains("quest’ultimo → Andrei Belousov"), m::toString);
    }

    @Test
    void iDueGivesOneMentionPerReferentWithTheSameSpan() {
        String text = "Austin ha chiamato Shoigu. I due hanno parlato a lungo.";
        Actors actors = TestDocuments.of(text).resolve(ResolverRulesTest.RESOLVER);
        List<String> m = TestDocuments.describe(text, actors);
        assertEquals(List.of("Austin → Lloyd Austin", "Shoigu → Sergei Shoigu", "I due → Lloyd Austin",
                "I due → Sergei Shoigu"), m);
        assertEquals(actors.mentions().get(2).span(), actors.mentions().get(3).span());
    }

    @Test
    void iDueFollowedByAnotherNounIsNotAReference() {
        assertEquals(List.of("Austin → Lloyd Austin", "Shoigu → Sergei Shoigu"),
                mentions("Austin ha chiamato Shoigu. I due eserciti operano vicini."));
    }

    @Test
    void iDueLeaderSkipsPeopleWhoAreNotLeaders() {
        String text = "Trump e Putin hanno parlato, secondo l'aiutante del Cremlino Yuri Ushakov. I due leader hanno accettato.";
        List<String> m = TestDocuments.describe(text,
                TestDocuments.of(text).dct(LocalDate.of(2025, 7, 3)).resolve(ResolverRulesTest.RESOLVER));
        assertEquals(List.of("I due leader → Donald Trump", "I due leader → Vladimir Putin"), m.subList(m.size() - 2, m.size()));
    }

    @Test
    void iDuePaesiAreTheLastTwoCountries() {
        List<String> m = mentions("Gli Stati Uniti e la Russia hanno concordato, segno di disgelo tra i due Paesi.");
        assertEquals(List.of("i due Paesi → Stati Uniti", "i due Paesi → Russia"), m.subList(2, 4));
    }
}
