package org.filo.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.filo.model.Document;
import org.filo.model.Span;
import org.filo.model.Status;
import org.junit.jupiter.api.Test;

/** HTML structure (nav, aside, footer, page header, link lists) puts furniture outside content_spans. */
class HtmlLayoutTest {
    private static final Path FIXTURES = Path.of("src/test/resources/ingest/html");

    @Test
    void theTextIsTikasOwnAndTheLayoutPointsAtItsElements() throws Exception {
        try (TikaExtractor extractor = new TikaExtractor(IngestConfig.defaults())) {
            for (String name : List.of("sections.html", "blog.html")) {
                byte[] bytes = Files.readAllBytes(FIXTURES.resolve(name));
                TikaExtractor.Extracted plain = extractor.extract(bytes, name, "HTML", false);
                TikaExtractor.Extracted laid = extractor.extract(bytes, name, "HTML", true);
                assertEquals(plain.text(), laid.text(), name + ": mapping the sectioning elements changed the text");
                assertEquals(PageLayout.NONE, plain.layout());
                assertFalse(laid.layout().isEmpty(), name);
            }
            byte[] bytes = Files.readAllBytes(FIXTURES.resolve("sections.html"));
            TikaExtractor.Extracted page = extractor.extract(bytes, "sections.html", "HTML", true);
            List<String> links = page.layout().links().stream().map(s -> s.of(page.text())).toList();
            assertTrue(links.containsAll(List.of("Prima pagina", "raid su Aleppo", "Chi siamo",
                    "Yemen, colloqui di pace rinviati a Kuwait City")), links.toString());
            String furniture = String.join("|", page.layout().furniture().stream().map(s -> s.of(page.text())).toList());
            for (String in : List.of("Il Quotidiano del Mediterraneo", "Martedì 22 marzo 2016", "Esteri e mondo",
                    "La scheda: chi combatte", "Argomenti: Siria", "Editrice Mediterranea")) {
                assertTrue(furniture.contains(in), in + " not in " + furniture);
            }
            for (String out : List.of("Lavrov e Kerry al telefono", "Il ministro russo ha chiamato", "Kerry ha detto")) {
                assertFalse(furniture.contains(out), out + " in " + furniture);
            }
        }
    }

    @Test
    void sectionsAndLinkListsAreOutTheStoryAndItsHeaderStay() {
        Document d = ingest("sections.html");
        assertStory(d, "Siria, Lavrov e Kerry al telefono: «Tregua da rispettare»",
                "Il ministro russo ha chiamato il segretario di Stato dopo i raid su Aleppo",
                "Il ministro degli Esteri russo Sergej Lavrov", "dei raid su Aleppo, che secondo",
                "Kerry ha detto che incontrerà Lavrov a Ginevra la prossima settimana");
        assertFurniture(d, "Il Quotidiano del Mediterraneo", "Martedì 22 marzo 2016", "Prima pagina", "Economia",
                "La scheda: chi combatte", "Argomenti: Siria", "Altri articoli della sezione",
                "Libia, il governo di unità", "Egitto, il presidente incontra", "Chi siamo", "Editrice Mediterranea");
    }

    @Test
    void aHeadlineThatLinksToItsOwnPageStaysASidebarOfLinksGoes() {
        Document d = ingest("blog.html");
        assertStory(d, "Egitto, il voto nelle città del delta", "Al Cairo e ad Alessandria si vota",
                "\"Non cambia nulla\"");
        assertFurniture(d, "Marzo 2016", "Febbraio 2016");
    }

    private static Document ingest(String name) {
        Ingested r = TestIngesters.ingest(FIXTURES.resolve(name));
        assertEquals(Status.OK, r.status(), r.error());
        return r.document();
    }

    private static void assertStory(Document d, String... texts) {
        for (String t : texts) {
            int at = d.text().indexOf(t);
            assertTrue(at >= 0 && d.inContent(new Span(at, at + t.length())), t + " not in content " + d.contentSpans());
        }
    }

    private static void assertFurniture(Document d, String... texts) {
        for (String t : texts) {
            int at = d.text().indexOf(t);
            assertTrue(at >= 0, t + " not in the text");
            assertFalse(d.contentSpans().stream().anyMatch(s -> s.overlaps(new Span(at, at + t.length()))),
                    t + " is in content " + d.contentSpans());
        }
    }
}
