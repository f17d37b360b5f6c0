package org.filo.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.filo.model.Dct;
import org.filo.model.DctSource;
import org.filo.model.Document;
import org.filo.model.Span;
import org.filo.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Encodings, HTML metadata and e-mail: what each format gives for text, title and DCT. */
class FormatsTest {
    private static final String ITALIAN = "La città è in festa: il ministro ha parlato al telefono con l’omologo"
            + " francese, “una conversazione utile”, e ha confermato che l’incontro si terrà a Roma già la"
            + " prossima settimana, perché la situazione è più seria di quanto si pensasse.\n";

    @TempDir
    Path dir;

    @Test
    void latin1TextDecodes() throws IOException {
        String latin1Text = ITALIAN.replace('’', '\'').replace('“', '"').replace('”', '"');
        Path f = Files.write(dir.resolve("latin1.txt"), latin1Text.getBytes(StandardCharsets.ISO_8859_1));
        Ingested r = TestIngesters.ingest(f);
        assertEquals(Status.OK, r.status(), r.error());
        assertEquals(latin1Text, r.document().text());
        assertEquals("text/plain; charset=ISO-8859-1", r.document().contentType());
    }

    @Test
    void windows1252CurlyQuotesDecode() throws IOException {
        Path f = Files.write(dir.resolve("cp1252.txt"), ITALIAN.getBytes(Charset.forName("windows-1252")));
        Ingested r = TestIngesters.ingest(f);
        assertEquals(Status.OK, r.status(), r.error());
        assertEquals(ITALIAN, r.document().text());
        assertTrue(r.document().text().contains("l’omologo") && r.document().text().contains("città"));
        assertEquals("text/plain; charset=windows-1252", r.document().contentType());
    }

    @Test
    void utf8ByteOrderMarkIsDroppedAndNothingElseChanges() throws IOException {
        byte[] body = ("\r\n" + ITALIAN + "\n\n").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Ingested r = TestIngesters.ingest(Files.write(dir.resolve("bom.txt"), withBom));
        assertEquals(Status.OK, r.status(), r.error());
        assertEquals("\r\n" + ITALIAN + "\n\n", r.document().text());
        assertEquals(TikaIngester.sha256(withBom), r.document().sha256());
    }

    @Test
    void htmlTitleAndPublishedTime() throws IOException {
        Path f = Files.writeString(dir.resolve("page.html"), "<html><head><title>Telefonata tra Biden e Zelensky"
                + "</title><meta property=\"article:published_time\" content=\"2021-12-09T18:30:00+01:00\">"
                + "<script>var x = 1;</script></head><body><nav><a href=\"/\">Home</a></nav><h1>Telefonata</h1>"
                + "<p>" + ITALIAN + "</p><time datetime=\"2020-01-01\">vecchia data</time></body></html>");
        Ingested r = TestIngesters.ingest(f);
        Document d = r.document();
        assertEquals(Status.OK, r.status(), r.error());
        assertEquals("Telefonata tra Biden e Zelensky", d.title());
        assertEquals(new Dct(LocalDate.of(2021, 12, 9), DctSource.METADATA), d.dct());
        assertTrue(d.contentType().startsWith("text/html"), d.contentType());
        assertTrue(d.text().contains("l’omologo francese") && !d.text().contains("var x"), d.text());
    }

    @Test
    void htmlPageFurnitureIsOutOfContent() throws IOException {
        Path f = Files.writeString(dir.resolve("tpi.html"), "<!DOCTYPE html><html lang=\"it\"><head><meta charset=\"utf-8\"><title>Telefonata Austin-Belousov | TPI</title>" + "\n"
                + "<meta property=\"article:published_time\" content=\"2024-06-26T09:00:00+02:00\"><meta name=\"description\" content=\"x\">" + "\n"
                + "<script>var a=1;</script></head><body>" + "\n"
                + "<header><nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/esteri\">Esteri</a></li><li><a href=\"/politica\">Politica</a></li><li><a href=\"/cronaca\">Cronaca</a></li></ul></nav>" + "\n"
                + "<div class=\"cookie\">Questo sito utilizza cookie per migliorare la tua esperienza. <a>Accetta</a></div></header>" + "\n"
                + "<article><h1>Guerra in Ucraina: primi contatti ufficiali tra Usa e Russia</h1>" + "\n"
                + "<p class=\"byline\">di Mario Rossi</p><time datetime=\"2024-06-26\">26 giugno 2024</time>" + "\n"
                + "<p>I ministri della Difesa di Mosca e Washington hanno tenuto ieri un colloquio telefonico: non succedeva dal 15 marzo 2023.</p>" + "\n"
                + "<p>Gli Stati Uniti e la Russia hanno ripreso i contatti ufficiali sulla guerra in Ucraina per la prima volta da oltre un anno.</p>" + "\n"
                + "<div class=\"share\"><a>Facebook</a> <a>Twitter</a> <a>WhatsApp</a></div>" + "\n"
                + "</article><aside><h3>Ti potrebbe interessare</h3><ul><li><a>Iran-Usa, conclusi i primi colloqui</a></li><li><a>Gaza, nuova flotilla</a></li></ul></aside>" + "\n"
                + "<footer>© 2024 TPI - P.IVA 12345678901</footer></body></html>");
        Document d = TestIngesters.ingest(f).document();
        for (String body : List.of("Guerra in Ucraina: primi contatti ufficiali tra Usa e Russia",
                "I ministri della Difesa di Mosca e Washington", "per la prima volta da oltre un anno.")) {
            int at = d.text().indexOf(body);
            assertTrue(at >= 0 && d.inContent(new Span(at, at + body.length())), body + " in " + d.contentSpans());
        }
        for (String furniture : List.of("Politica", "Questo sito utilizza cookie", "Facebook Twitter WhatsApp",
                "Ti potrebbe interessare", "Gaza, nuova flotilla", "© 2024 TPI")) {
            int at = d.text().indexOf(furniture);
            assertTrue(at >= 0 && !d.inContent(new Span(at, at + furniture.length())), furniture);
        }
    }

    @Test
    void htmlDublinCoreDate() throws IOException {
        Path f = Files.writeString(dir.resolve("dc.html"), "<html><head><meta name=\"DC.date.issued\""
                + " content=\"2016-03-16\"><title>T</title></head><body><p>" + ITALIAN + "</p></body></html>");
        assertEquals(new Dct(LocalDate.of(2016, 3, 16), DctSource.METADATA), TestIngesters.ingest(f).document().dct());
    }

    @Test
    void htmlTimeElementWhenNoMetaDate() throws IOException {
        Path f = Files.writeString(dir.resolve("time.html"), "<html><body><article><time datetime=\"2013-07-28T10:00\">"
                + "28 luglio</time><p>" + ITALIAN + "</p></article></body></html>");
        assertEquals(new Dct(LocalDate.of(2013, 7, 28), DctSource.METADATA), TestIngesters.ingest(f).document().dct());
    }

    @Test
    void manifestDateTitleAndUrlWinOverMetadata() throws IOException {
        Path f = Files.writeString(dir.resolve("m.html"), "<html><head><title>Dal file</title><meta property="
                + "\"article:published_time\" content=\"2021-12-09\"><meta property=\"og:url\" content="
                + "\"https://www.ansa.it/dal-file\"></head><body><p>" + ITALIAN + "</p></body></html>");
        Ingested r = TestIngesters.shared().ingest(new SourceFile(f, "m", f.toString(), LocalDate.of(2022, 5, 13),
                "Dal manifest", "https://www.ilpost.it/dal-manifest"));
        assertEquals(new Dct(LocalDate.of(2022, 5, 13), DctSource.MANIFEST), r.document().dct());
        assertEquals("Dal manifest", r.document().title());
        assertEquals("https://www.ilpost.it/dal-manifest", r.document().url());
    }

    /** Without a manifest URL, an HTML page's own: og:url first, then the canonical link; absolute http(s) only. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "<meta property=\"og:url\" content=\"https://www.ansa.it/a.html\">|https://www.ansa.it/a.html",
            "<link rel=\"canonical\" href=\"https://www.ilpost.it/2016/03/16/siria/\">"
                    + "|https://www.ilpost.it/2016/03/16/siria/",
            "<link href='https://www.ilpost.it/b/?x=1&amp;y=2' rel='canonical' />|https://www.ilpost.it/b/?x=1&y=2",
            "<link rel=\"canonical\" href=\"https://www.ilpost.it/c\"><meta property=\"og:url\""
                    + " content=\"https://www.ansa.it/c\">|https://www.ansa.it/c",
            "<link rel=\"canonical\" href=\"/relativo/d.html\">|-",
            "<link rel=\"stylesheet\" href=\"https://www.ilpost.it/e.css\">|-",
            "<link rel=\"alternate\" data-href=\"https://x.it/\" href=\"https://www.ilpost.it/f\">|-",
            "<meta property=\"og:url\" content=\"ftp://www.ansa.it/g\">|-",
            "|-",
    })
    void htmlPageGivesItsOwnUrl(String head, String url) throws IOException {
        Path f = Files.writeString(dir.resolve("u.html"), "<html><head><title>T</title>" + (head == null ? "" : head)
                + "</head><body><p>" + ITALIAN + "</p></body></html>");
        Ingested r = TestIngesters.ingest(f);
        assertEquals(Status.OK, r.status(), r.error());
        assertEquals(url, r.document().url());
    }

    @Test
    void plainTextHasNoUrlButTheManifests() throws IOException {
        Path f = Files.writeString(dir.resolve("t.txt"), "https://www.ansa.it/nel-testo\n" + ITALIAN);
        assertNull(TestIngesters.ingest(f).document().url());
        Ingested r = TestIngesters.shared().ingest(new SourceFile(f, "t", f.toString(), null, null,
                "https://www.ilpost.it/t"));
        assertEquals("https://www.ilpost.it/t", r.document().url());
    }

    @Test
    void twoLineItalianBriefIsOk() throws IOException {
        Ingested r = TestIngesters.ingest(Files.writeString(dir.resolve("brief.txt"),
                "Mosca, Lavrov a Blinken: no a trattative.\nIl Cremlino conferma la linea.\n"));
        assertEquals(Status.OK, r.status(), r.error());
        assertEquals("it", r.document().language().code());
    }

    @Test
    void configRejectsNonsense() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> IngestConfig.defaults().withMaxBytes(0));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> IngestConfig.defaults().withParseTimeout(java.time.Duration.ZERO));
    }

    @Test
    void plainTextWithoutManifestHasNoDct() throws IOException {
        Ingested r = TestIngesters.ingest(Files.writeString(dir.resolve("plain.txt"), ITALIAN));
        assertEquals(Dct.NONE, r.document().dct());
        assertNull(r.document().title());
    }

    @Test
    void emailBodyAndDate() throws IOException {
        Path f = Files.writeString(dir.resolve("note.eml"), "From: redazione@example.it\r\nTo: desk@example.it\r\n"
                + "Subject: Colloquio telefonico\r\nDate: Fri, 13 May 2022 10:00:00 +0200\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + ITALIAN);
        Ingested r = TestIngesters.ingest(f);
        Document d = r.document();
        assertEquals(Status.OK, r.status(), r.error());
        assertTrue(d.contentType().startsWith("message/rfc822"), d.contentType());
        assertTrue(d.text().contains("l’omologo francese"), d.text());
        assertEquals("Colloquio telefonico", d.title());
        assertEquals(new Dct(LocalDate.of(2022, 5, 13), DctSource.METADATA), d.dct());
    }

    @Test
    void odtIsRead() throws IOException {
        Ingested r = TestIngesters.ingest(Files.write(dir.resolve("a.odt"), Documents.odt(Documents.ITALIAN_PARAGRAPH)));
        assertEquals(Status.OK, r.status(), r.error());
        assertEquals(Documents.ITALIAN_PARAGRAPH, r.document().text());
        assertTrue(r.document().contentType().startsWith("application/vnd.oasis.opendocument.text"));
    }

    @Test
    void rtfIsRead() throws IOException {
        Path rtf = Files.writeString(dir.resolve("a.rtf"), "{\\rtf1\\ansi{\\fonttbl\\f0\\fswiss Helvetica;}\\f0\\pard "
                + "Il ministro ha parlato al telefono con il suo omologo russo per la prima volta da febbraio.\\par}");
        Ingested r = TestIngesters.ingest(rtf);
        assertEquals(Status.OK, r.status(), r.error());
        assertTrue(r.document().text().contains("omologo russo"), r.document().text());
    }
}
