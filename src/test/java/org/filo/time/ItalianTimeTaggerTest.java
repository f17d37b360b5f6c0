package org.filo.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.filo.model.Dct;
import org.filo.model.DctSource;
import org.filo.model.Document;
import org.filo.model.Language;
import org.filo.model.Sentence;
import org.filo.model.Span;
import org.filo.model.TextAnalysis;
import org.filo.model.Timex;
import org.filo.model.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** Extents, vetoes, anaphora and DCT handling of the tagger on short texts (tagger-cases.psv), and content spans. */
class ItalianTimeTaggerTest {
    private static final ItalianTimeTagger TAGGER = ItalianTimeTagger.fromModels(Path.of("models"));

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/time/tagger-cases.psv", delimiter = '|')
    void findsAndResolves(String text, String dct, String expected) {
        Document doc = document(text, "none".equals(dct) ? null : LocalDate.parse(dct), List.of(new Span(0, text.length())));
        assertEquals(expected == null ? "" : expected, render(TAGGER.tag(doc, TextAnalysis.EMPTY)));
    }

    @Test
    void tagsOnlyInsideContentSpans() {
        String text = "Ultimo aggiornamento alle 21:00\nIeri i due hanno parlato.\nLeggi anche: la fine di marzo";
        int start = text.indexOf("Ieri");
        int end = text.indexOf("\nLeggi");
        Document doc = document(text, LocalDate.of(2024, 6, 26), List.of(new Span(start, end)));
        assertEquals("Ieri=2024-06-25", render(TAGGER.tag(doc, TextAnalysis.EMPTY)));
    }

    @Test
    void usesTheAnalysisSentencesWhenThereAreSome() {
        String text = "Il ministro parlerà venerdì. Ha parlato venerdì.";
        int second = text.indexOf("Ha");
        TextAnalysis analysis = new TextAnalysis(
                List.of(new Sentence(0, second - 1, 0, 1), new Sentence(second, text.length(), 1, 2)),
                List.of(new Token(0, 2, "Il"), new Token(second, second + 2, "Ha")), List.of());
        Document doc = document(text, LocalDate.of(2021, 12, 9), List.of(new Span(0, text.length())));
        assertEquals("venerdì=2021-12-10;venerdì=2021-12-03", render(TAGGER.tag(doc, analysis)));
    }

    @Test
    void numbersIdsAndKeepsExactOffsets() {
        String text = "Il 18 febbraio e il 24 marzo.";
        List<Timex> found = TAGGER.tag(document(text, null, List.of(new Span(0, text.length()))), TextAnalysis.EMPTY);
        assertEquals(List.of("X1", "X2"), found.stream().map(Timex::id).toList());
        for (Timex t : found) {
            assertEquals(t.text(), text.substring(t.start(), t.end()));
        }
    }

    private static String render(List<Timex> timexes) {
        return timexes.stream().map(t -> t.text() + "=" + t.value()).collect(Collectors.joining(";"));
    }

    static Document document(String text, LocalDate dct, List<Span> content) {
        Dct d = dct == null ? Dct.NONE : new Dct(dct, DctSource.MANIFEST);
        return new Document("t", "t.txt", null, "", "text/plain", new Language("it", 1), null, d, text, content);
    }
}
