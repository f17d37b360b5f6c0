package org.filo.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.filo.SharedData;
import org.filo.model.Document;
import org.filo.model.Span;
import org.filo.model.Status;
import org.junit.jupiter.api.Test;

/** The five dev seeds: exact text, Italian, and every gold offset inside the content spans. */
class SeedIngestTest {
    private final Map<String, Ingested> byId = new HashMap<>();

    private Map<String, Ingested> seeds() throws Exception {
        if (byId.isEmpty()) {
            Path seeds = SharedData.require("seeds");
            for (SourceFile f : new BatchScanner().scan(List.of(seeds), null)) {
                byId.put(f.docId(), TestIngesters.shared().ingest(f));
            }
        }
        return byId;
    }

    @Test
    void textIsExactlyTheFileContent() throws Exception {
        Map<String, Ingested> seeds = seeds();
        assertEquals(5, seeds.size());
        for (Ingested r : seeds.values()) {
            Document d = r.document();
            assertEquals(Status.OK, r.status(), d.docId() + ": " + r.error());
            String file = Files.readString(Path.of(d.source()), StandardCharsets.UTF_8);
            assertEquals(file, d.text(), d.docId());
            assertEquals("text/plain; charset=UTF-8", d.contentType());
            assertTrue(d.language().isItalian() && d.language().confidence() > 0.9, d.docId() + " " + d.language());
            assertEquals(64, d.sha256().length());
        }
    }

    @Test
    void everyGoldOffsetLiesInsideContent() throws Exception {
        Map<String, Ingested> seeds = seeds();
        Path gold = SharedData.require("gold/seeds");
        List<String> outside = new ArrayList<>();
        int checked = 0;
        ObjectMapper json = new ObjectMapper();
        for (String name : List.of("events.jsonl", "timex.jsonl")) {
            for (String line : Files.readAllLines(gold.resolve(name))) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row = json.readTree(line);
                JsonNode at = row.has("evidence") ? row.get("evidence") : row;
                Document d = seeds.get(row.get("doc_id").asText()).document();
                Span span = new Span(at.get("start").asInt(), at.get("end").asInt());
                // Gold offsets are code points; the seeds are BMP-only, so they equal String indices.
                assertEquals(d.text().length(), d.text().codePointCount(0, d.text().length()));
                assertEquals(at.get("text").asText(), span.of(d.text()), name + " " + line);
                if (!d.inContent(span)) {
                    outside.add(name + " " + d.docId() + " " + span + " " + at.get("text").asText());
                }
                checked++;
            }
        }
        assertTrue(checked > 20, "gold rows read: " + checked);
        assertEquals(List.of(), outside);
    }

    @Test
    void seed001FurnitureIsOutAndBodyIn() throws Exception {
        Document d = seeds().get("001_bb1a5722cba1163e").document();
        String text = d.text();
        for (String furniture : List.of("Icona app", "Leggi TPI direttamente dalla nostra app", "Installa",
                "Banner abbonamento", "Cerca", "Ultimo aggiornamento ore 21:00", "Immagine autore", "Gambino",
                "Sabelli Fioretti", "Guida Bardi", "Home » Esteri", "Immagine di copertina", "Credit: Council Gov Ru",
                "Ti potrebbe interessare", "Esteri / Iran-Usa", "Esteri / Scade il New START")) {
            int at = text.indexOf(furniture);
            assertTrue(at >= 0, furniture);
            assertFalse(d.inContent(new Span(at, at + furniture.length())), "furniture in content: " + furniture);
        }
        for (String body : List.of("Guerra in Ucraina: primi contatti ufficiali tra Usa e Russia da oltre un anno",
                "I ministri della Difesa di Mosca e Washington hanno tenuto ieri un colloquio telefonico",
                "Gli Stati Uniti e la Russia hanno ripreso i contatti ufficiali",
                "era il 15 marzo 2023”.")) {
            int at = text.indexOf(body);
            assertTrue(at >= 0, body);
            assertTrue(d.inContent(new Span(at, at + body.length())), "body left out: " + body);
        }
        // Headline to the last body sentence is one span: nothing inside the article was cut.
        int head = text.indexOf("Guerra in Ucraina");
        int last = text.indexOf("era il 15 marzo 2023”.") + "era il 15 marzo 2023”.".length();
        assertTrue(d.contentSpans().stream().filter(s -> s.start() > head && s.end() < last).count() <= 2,
                "spans " + d.contentSpans());
    }

    @Test
    void seed000TeaserAndCommentBoxAreOut() throws Exception {
        Document d = seeds().get("000_89a66ad8ee89c7e8").document();
        for (String furniture : List.of("READ", "Lascia un commento", "Il tuo indirizzo email non sarà pubblicato.")) {
            int at = d.text().indexOf(furniture);
            assertFalse(d.inContent(new Span(at, at + furniture.length())), furniture);
        }
        assertTrue(d.text().startsWith("Il segretario alla Difesa") && d.contentSpans().get(0).start() == 0);
    }
}
