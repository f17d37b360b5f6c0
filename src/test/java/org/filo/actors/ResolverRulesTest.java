package org.filo.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.filo.model.Actor;
import org.filo.model.ActorKind;
import org.filo.model.ActorMention;
import org.filo.model.Actors;
import org.junit.jupiter.api.Test;

/** One resolution rule per test, on hand-written Italian sentences. */
class ResolverRulesTest {
    static final KnowledgeBaseActorResolver RESOLVER = KnowledgeBaseActorResolver.load(Path.of("models"));

    private static List<String> mentions(TestDocuments doc, String text) {
        return TestDocuments.describe(text, doc.resolve(RESOLVER));
    }

    private static List<String> mentions(String text) {
        return mentions(TestDocuments.of(text), text);
    }

    private static Actor actor(Actors actors, String name) {
        return actors.actors().stream().filter(a -> a.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no actor " + name + " in " + actors.actors()));
    }

    @Test
    void roleAdjectiveAndNameGiveRoleCountryAndTwoMentions() {
        String text = "Il segretario alla Difesa statunitense Lloyd Austin ha chiamato Mosca.";
        Actors actors = TestDocuments.of(text).per("Lloyd Austin").loc("Mosca").resolve(RESOLVER);
        Actor austin = actors.actors().get(0);
        assertEquals(new Actor("A1", ActorKind.PERSON, "Lloyd Austin", "USA", "segretario alla Difesa", List.of("T1")),
                austin);
        assertEquals(List.of("Il segretario alla Difesa statunitense → Lloyd Austin", "Lloyd Austin → Lloyd Austin",
                "Mosca → Russia"), TestDocuments.describe(text, actors));
        assertEquals("T2", actors.mentions().get(2).entityId());
        assertNull(actors.mentions().get(0).entityId(), "a role phrase is not a named entity");
    }

    @Test
    void personTheKnowledgeBaseDoesNotKnowTakesRoleAndCountryFromTheText() {
        String text = "Il ministro degli Esteri brasiliano Mauro Vieira ha incontrato Lavrov. Vieira ha poi parlato.";
        Actors actors = TestDocuments.of(text).per("Mauro Vieira").per("Vieira", 2).resolve(RESOLVER);
        Actor vieira = actor(actors, "Mauro Vieira");
        assertEquals(ActorKind.PERSON, vieira.kind());
        assertEquals("BRA", vieira.country());
        assertEquals("ministro degli Esteri", vieira.role());
        assertEquals(List.of("T1", "T2"), vieira.mentions());
        assertEquals("Sergei Lavrov", actors.actors().get(1).name());
    }

    @Test
    void nameWithoutEntityAfterRoleIsStillAPerson() {
        String text = "L'ambasciatrice statunitense Lynne Tracy è stata convocata.";
        Actor tracy = TestDocuments.of(text).resolve(RESOLVER).actors().get(0);
        assertEquals("Lynne Tracy", tracy.name());
        assertEquals("USA", tracy.country());
        assertEquals("ambasciatrice", tracy.role());
    }

    @Test
    void appositiveRoleAfterTheName() {
        String text = "Putin, presidente russo, ha parlato. Rustem Umerov, capo del Consiglio di sicurezza nazionale "
                + "e difesa dell'Ucraina, era presente.";
        Actors actors = TestDocuments.of(text).resolve(RESOLVER);
        assertEquals("presidente", actor(actors, "Vladimir Putin").role());
        assertEquals("capo del Consiglio di sicurezza nazionale e difesa", actor(actors, "Rustem Umerov").role());
        assertTrue(TestDocuments.describe(text, actors).contains("presidente russo → Vladimir Putin"));
    }

    @Test
    void spellingVariantsAndSurnamesReachTheCanonicalPerson() {
        assertEquals(List.of("Šojgu → Sergei Shoigu", "Zelenskij → Volodymyr Zelenskyy", "Zelensky → Volodymyr Zelenskyy"),
                mentions("Šojgu e Zelenskij si sono sentiti. Zelensky ha confermato."));
    }

    @Test
    void surnameOfAnotherPersonIsNotTheKnownOne() {
        String text = "Hunter Biden ha parlato con i giornalisti.";
        Actors actors = TestDocuments.of(text).per("Hunter Biden").resolve(RESOLVER);
        assertEquals(List.of("Hunter Biden → Hunter Biden"), TestDocuments.describe(text, actors));
        assertNull(actors.actors().get(0).country());
    }

    @Test
    void nerSpansThatRunTogetherOrMisfireAreRepaired() {
        String text = "Il portavoce del Cremlino Dmitri Peskov e il genero di Trump Jared Kushner. Alle delegazioni "
                + "sono arrivati i Javelin. Lo ha detto John Brennan nel suo ufficio.";
        Actors actors = TestDocuments.of(text).per("Cremlino Dmitri Peskov").per("Trump Jared Kushner").per("Alle")
                .per("Javelin").per("John Brennan nel").resolve(RESOLVER);
        assertEquals(List.of("Dmitry Peskov", "Donald Trump", "Jared Kushner", "John Brennan"),
                actors.actors().stream().map(Actor::name).toList());
    }

    @Test
    void entityOfTheSameSpanIsLinkedWhateverItsType() {
        String text = "Le armi a Mosca e Kyiv.";
        Actors actors = TestDocuments.of(text).per("Kyiv").resolve(RESOLVER);
        assertEquals(List.of("T1"), actor(actors, "Ucraina").mentions());
    }

    @Test
    void capitalsAndBuildingsStandForTheGovernment() {
        assertEquals(List.of("Cremlino → Russia", "Casa bianca → Stati Uniti", "Kiev → Ucraina"),
                mentions("Il Cremlino e la Casa bianca hanno autorizzato Kiev."));
    }

    @Test
    void capitalAfterALocativePrepositionIsAPlace() {
        // decision: "a Kiev", "in Danimarca", "i colloqui di Abu Dhabi", "la capitale, Abu Dhabi" are places
        assertEquals(List.of("Zelensky → Volodymyr Zelenskyy"),
                mentions("Zelensky è tornato a Kiev dopo il vertice in Danimarca."));
        assertEquals(List.of(), mentions("Dopo i colloqui di pace di Abu Dhabi, nella capitale emiratina, Abu Dhabi."));
    }

    @Test
    void aPlaceIsKeptApartAsAPossibleHostAndItsCountryNumberedOnlyThere() {
        Actors actors = TestDocuments.of("Zelensky è volato a Mosca. Poi in Danimarca.").resolve(RESOLVER);
        assertEquals(List.of("Volodymyr Zelenskyy"), actors.actors().stream().map(Actor::name).toList());
        assertEquals(List.of("P1 Russia", "P2 Danimarca"),
                actors.placeActors().stream().map(a -> a.id() + " " + a.name()).toList());
        assertEquals(List.of("P1", "P2"), actors.places().stream().map(ActorMention::actorId).toList());
        Actors both = TestDocuments.of("Mosca tace. Zelensky è volato a Mosca.").resolve(RESOLVER);
        assertEquals(List.of("A1"), both.places().stream().map(ActorMention::actorId).toList(),
                "a place of a country that is also a party keeps the party's id");
        assertEquals(List.of(), TestDocuments.of("ROMA, 15 gennaio 2024 - Zelensky ha parlato.").resolve(RESOLVER)
                .places(), "a dateline is no host");
    }

    @Test
    void representativesOfACapitalStandForItsGovernment() {
        assertEquals(List.of("Mosca → Russia", "Usa → Stati Uniti"),
                mentions("Fu annunciata una riunione di rappresentanti di Mosca e degli Usa."));
        assertEquals(List.of("italiani → Italia"),
                mentions("Una delegazione guidata dai servizi italiani è partita."));
    }

    @Test
    void anOfficeOfOneCountryNeedsNoAdjective() {
        Actors actors = TestDocuments.of("Il viaggio del Papa in Libano.").dct(LocalDate.of(2012, 10, 23)).resolve(RESOLVER);
        assertEquals("Santa Sede", actors.actors().get(0).name());
    }

    @Test
    void aDatelineIsWhereTheStoryWasFiled() {
        assertEquals(List.of("Zelensky → Volodymyr Zelenskyy"),
                mentions("ROMA, 15 gennaio 2024 - Zelensky ha parlato a lungo."));
        assertEquals(List.of("Zelensky → Volodymyr Zelenskyy"),
                mentions("SIRIA - Damasco 31/8/2013 Zelensky ha parlato a lungo."));
        assertEquals(List.of("Roma → Italia", "Zelensky → Volodymyr Zelenskyy"),
                mentions("Roma, che ha ospitato Zelensky, tace."), "a capital opening a sentence with no date is a party");
    }

    @Test
    void newspaperIsNotTheGovernment() {
        assertEquals(List.of(), mentions("Lo ha scritto il Washington Post."));
    }

    @Test
    void capitalisedFormsNeedACapital() {
        assertEquals(List.of("Nato → NATO", "Usa → Stati Uniti"), mentions("La Nato e gli Usa. Il ministro è nato e usa"));
    }

    @Test
    void demonymsAfterOfficialsAndAsNounsButNotOnThings() {
        assertEquals(List.of("statunitensi → Stati Uniti", "russi → Russia", "russi → Russia"),
                mentions("I funzionari statunitensi e russi hanno parlato, ma i russi hanno rifiutato gli attacchi russi."));
    }

    @Test
    void compoundNamesSplitAtHyphens() {
        assertEquals(List.of("USA → Stati Uniti", "Russia → Russia", "Biden → Joe Biden", "Zelenskyy → Volodymyr Zelenskyy"),
                mentions("Il meccanismo USA-Russia e la chiamata Biden-Zelenskyy."));
    }

    @Test
    void nationalMinistryTakesTheCountryFromTheText() {
        String text = "Il ministero degli Esteri di Mosca ha convocato l'ambasciatrice.";
        Actor ministry = TestDocuments.of(text).resolve(RESOLVER).actors().get(0);
        assertEquals(new Actor("A1", ActorKind.ORGANIZATION, "ministero degli Esteri", "RUS", null, List.of()), ministry);
    }

    @Test
    void organisationsAndGroupsByAcronym() {
        String text = "I Nove di Bucarest, la UE e l'Onu.";
        Actors actors = TestDocuments.of(text).resolve(RESOLVER);
        assertEquals(List.of("Nove di Bucarest", "Unione europea", "Nazioni Unite"),
                actors.actors().stream().map(Actor::name).toList());
        assertEquals(ActorKind.GROUP, actors.actors().get(0).kind());
    }
}
