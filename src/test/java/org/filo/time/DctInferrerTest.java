package org.filo.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import org.filo.SharedData;
import org.junit.jupiter.api.Test;

/** DCT inference: rule cases, and its accuracy on the seeds (manifest withheld) and on news-it (with its manifest). */
class DctInferrerTest {
    private static final DctInferrer INFERRER = DctInferrer.fromModels(Path.of("models"));

    @Test
    void theDateOfAnEmbeddedTweetWins() {
        String text = "Il 15 marzo 2023 ha parlato. Il 2 gennaio 2020 no.\n"
                + "— Richard Colebourn (@rcolebourn) August 16, 2013\n— X (@ZelenskyyUa) 9 dicembre 2021";
        assertEquals(Optional.of(LocalDate.of(2021, 12, 9)), INFERRER.infer(text));
    }

    @Test
    void aPublicationStampBeatsOtherDates() {
        String text = "Pubblicato il 22 apr 2016 — Il vertice del 3 maggio 2016 si terrà a Roma.";
        assertEquals(Optional.of(LocalDate.of(2016, 4, 22)), INFERRER.infer(text));
        assertEquals(Optional.of(LocalDate.of(2015, 8, 11)), INFERRER.infer("Pubblicato: 11/08/2015 09:24 CEST"));
    }

    @Test
    void datelinesAndPublishersStampsAreEvidence() {
        // each line with the date it gives; the story's other dates come later and are no evidence
        Map<String, LocalDate> rows = Map.of(
                "Roma, 12 gennaio 2016, Nena News – I convogli sono entrati il 3 gennaio 2016.", LocalDate.of(2016, 1, 12),
                "Bari, 5 aprile 2011 - E' la naturalezza che ci colpisce", LocalDate.of(2011, 4, 5),
                "SIRIA – Damasco 31/8/2013. Siria e Iran hanno firmato un accordo", LocalDate.of(2013, 8, 31),
                "Il testo.\n28 febbraio 2011© RIPRODUZIONE RISERVATA", LocalDate.of(2011, 2, 28),
                "Il testo.\n31 luglio 2011(ultima modifica: 01 agosto 2011 11:09)©", LocalDate.of(2011, 7, 31),
                "Redazione Online24 giugno 2012\n(modifica il 25 giugno 2012)© RIPRODUZIONE RISERVATA", LocalDate.of(2012, 6, 24),
                "Titolo\n(Aggiornato alle 21:29 del 14 ottobre 2011)\nIl testo.", LocalDate.of(2011, 10, 14),
                "Titolo\ndi Redazione · 23 dicembre 2011\nIl testo.", LocalDate.of(2011, 12, 23));
        rows.forEach((text, date) -> assertEquals(Optional.of(date), INFERRER.infer(text), text));
    }

    @Test
    void aDateAloneOnItsLineIsNoEvidence() {
        // a site's "today" above an older story: 3 right and 8 wrong on news-it
        assertTrue(INFERRER.infer("11 Novembre 2020\nIl dovere di informare\n23 Ottobre 2012\nIl testo.").isEmpty());
        assertTrue(INFERRER.infer("La riunione di Roma, 3 marzo 2014 e poi Ginevra.").isEmpty());
    }

    @Test
    void aWeekdayMustAgreeWithItsDate() {
        // 9 dicembre 2021 was a Thursday: "lunedì 9 dicembre 2021" is no dateline, and plain dates are no evidence
        String text = "lunedì 9 dicembre 2021 e poi il 3 marzo 2020";
        assertEquals(Optional.empty(), INFERRER.infer(text));
        assertEquals(Optional.of(LocalDate.of(2020, 3, 3)), INFERRER.infer("martedì 3 marzo 2020 e il 9 dicembre 2021"));
    }

    @Test
    void aPlainFullDateInTheTextIsNotTakenForThePublicationDate() {
        // Articles date past events ("era il 15 marzo 2023"): guessing from them was wrong 71% of the time on news-it.
        assertTrue(INFERRER.infer("L'ultima volta che hanno parlato era il 15 marzo 2023.").isEmpty());
    }

    @Test
    void withoutAFullDateThereIsNothingToInfer() {
        assertTrue(INFERRER.infer("I due hanno parlato l'ultima volta il 18 febbraio, venerdì.").isEmpty());
    }

    @Test
    void accuracyOnTheSeedsAndOnNewsIt() throws IOException {
        Path gold = SharedData.require("gold/seeds");
        Path seeds = SharedData.require("seeds");
        String seedLine = measure("seeds (manifest withheld)", seeds, SeedDocuments.manifest(gold.resolve("manifest.csv")));
        Path news = SharedData.require("data/news-it");
        String newsLine = measure("news-it", news, SeedDocuments.manifest(news.resolve("manifest.csv")));
        System.out.println("DCT inference\n" + seedLine + newsLine);
    }

    private static String measure(String name, Path dir, Map<String, LocalDate> truth) throws IOException {
        int inferred = 0;
        int exact = 0;
        int withinThreeDays = 0;
        int attainable = 0;
        StringBuilder wrong = new StringBuilder();
        for (Map.Entry<String, LocalDate> e : truth.entrySet()) {
            String text = Files.readString(dir.resolve(e.getKey() + ".txt"), StandardCharsets.UTF_8);
            Optional<LocalDate> d = INFERRER.infer(text);
            attainable += INFERRER.evidence(text).contains(e.getValue()) ? 1 : 0;
            if (d.isEmpty()) {
                continue;
            }
            inferred++;
            long off = Math.abs(ChronoUnit.DAYS.between(e.getValue(), d.get()));
            exact += off == 0 ? 1 : 0;
            withinThreeDays += off <= 3 ? 1 : 0;
            if (off != 0 && truth.size() <= 10) {
                wrong.append(String.format("    %s: inferred %s, published %s%n", e.getKey(), d.get(), e.getValue()));
            }
        }
        int n = truth.size();
        return String.format("  %-26s %d docs: inferred %d (%.1f%%), exact %d (%.1f%% of all, %.1f%% of inferred), "
                        + "within 3 days %d (%.1f%%); the published date is written as a full date in %d docs%n%s",
                name, n, inferred, 100.0 * inferred / n, exact, 100.0 * exact / n,
                inferred == 0 ? 0 : 100.0 * exact / inferred, withinThreeDays, 100.0 * withinThreeDays / n, attainable, wrong);
    }
}
