package org.filo.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.filo.model.Document;
import org.filo.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ContentHandler;

/** A corpus of bad files generated here; each must yield its status and a sentence, never an exception. */
class BadInputTest {
    @TempDir
    Path dir;

    /** The outcome must be data: a document with id, source and hash, and a sentence saying what went wrong. */
    private static Ingested expect(Status status, Path file, String mustMention) {
        Ingested r = TestIngesters.ingest(file);
        assertEquals(status, r.status(), "error was: " + r.error());
        assertSentence(r.error());
        assertTrue(r.error().toLowerCase().contains(mustMention.toLowerCase()), r.error());
        Document d = r.document();
        assertNotNull(d.text());
        if (Files.isRegularFile(file)) {
            assertEquals(64, d.sha256().length());
        } else {
            assertNull(d.sha256(), "nothing was read, so there is no hash (not that of empty input)");
        }
        assertEquals(file.toString(), d.source());
        assertNotNull(d.contentType());
        return r;
    }

    static void assertSentence(String error) {
        assertNotNull(error);
        assertTrue(error.length() > 20 && Character.isUpperCase(error.charAt(0)) && error.endsWith("."),
                "not a sentence: " + error);
    }

    @Test
    void emptyFile() throws IOException {
        Path f = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Ingested r = expect(Status.EMPTY, f, "empty");
        assertEquals(TikaIngester.sha256(new byte[0]), r.document().sha256());
        assertEquals("", r.document().text());
    }

    @Test
    void whitespaceOnly() throws IOException {
        Path f = Files.writeString(dir.resolve("blank.txt"), "  \n\t\n\n   ");
        expect(Status.EMPTY, f, "whitespace");
    }

    /** Junk is not a damaged text but no text at all: UNSUPPORTED_TYPE, whatever its name says. */
    @Test
    void binaryJunkNamedTxt() throws IOException {
        byte[] junk = new byte[4096];
        new Random(20240626L).nextBytes(junk);
        Path f = Files.write(dir.resolve("junk.txt"), junk);
        expect(Status.UNSUPPORTED_TYPE, f, "binary");
    }

    @Test
    void pdfWithoutTextLayer() throws IOException {
        Path f = dir.resolve("scan.pdf");
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream draw = new PDPageContentStream(pdf, page)) {
                draw.addRect(100, 100, 300, 400); // a drawing, as a scan would be, but no text operators
                draw.fill();
            }
            pdf.save(f.toFile());
        }
        Ingested r = expect(Status.EMPTY, f, "no text layer");
        assertTrue(r.document().contentType().startsWith("application/pdf"), r.document().contentType());
    }

    @Test
    void pdfWithTextLayerIsRead() throws IOException {
        Path f = dir.resolve("article.pdf");
        Files.write(f, Documents.pdf("Il ministro della Difesa ha parlato al telefono con il suo omologo russo per un'ora."));
        Ingested r = TestIngesters.ingest(f);
        assertEquals(Status.OK, r.status(), r.error());
        assertTrue(r.document().text().contains("omologo russo"), r.document().text());
    }

    @Test
    void docxIsReadAndTruncatedDocxFails() throws IOException {
        byte[] docx = Documents.docx(Documents.ITALIAN_PARAGRAPH);
        Path whole = Files.write(dir.resolve("whole.docx"), docx);
        Ingested ok = TestIngesters.ingest(whole);
        assertEquals(Status.OK, ok.status(), ok.error());
        assertEquals(Documents.ITALIAN_PARAGRAPH, ok.document().text());

        Path cut = Files.write(dir.resolve("cut.docx"), Arrays.copyOf(docx, docx.length / 2));
        expect(Status.PARSE_FAILED, cut, "damaged");
    }

    @Test
    void fiftyMegabyteTextIsTooLargeBeforeReading() throws IOException {
        Path f = dir.resolve("huge.txt");
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(50L * 1024 * 1024); // sparse: no need to write 50 MB
        }
        Ingested r = expect(Status.TOO_LARGE, f, "limit of 10.0 MB");
        assertEquals("", r.document().text());
    }

    @Test
    void zipBombDocxIsStopped() throws IOException {
        Path f = Files.write(dir.resolve("bomb.docx"), Documents.docxBomb(10_000_000));
        assertTrue(Files.size(f) < 1_000_000, "the bomb is small on disk: " + Files.size(f));
        expect(Status.TOO_LARGE, f, "zip bomb");
    }

    @Test
    void htmlWithOnlyScripts() throws IOException {
        Path f = Files.writeString(dir.resolve("scripts.html"), "<!DOCTYPE html><html><head><title></title>"
                + "<script>var a = 1; document.write('x');</script><style>p{color:red}</style></head>"
                + "<body><script src=\"app.js\"></script><script>window.init();</script></body></html>");
        expect(Status.EMPTY, f, "no visible text");
    }

    @Test
    void directoryNamedLikeAFile() throws IOException {
        Path f = Files.createDirectory(dir.resolve("x.txt"));
        expect(Status.FAILED, f, "directory");
    }

    @Test
    void danglingSymlink() throws IOException {
        Path f = Files.createSymbolicLink(dir.resolve("gone.txt"), dir.resolve("nowhere.txt"));
        expect(Status.FAILED, f, "link");
    }

    @Test
    void symlinkLoopIsReportedAsALoop() throws IOException {
        Path a = dir.resolve("a.txt");
        Path b = dir.resolve("b.txt");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);
        expect(Status.FAILED, a, "loop of symbolic links");
        Path self = Files.createSymbolicLink(dir.resolve("self.txt"), Path.of("self.txt"));
        expect(Status.FAILED, self, "loop of symbolic links");
    }

    @Test
    void symlinkToAFolderIsNotFollowedAndSaysSo() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("real"));
        Path link = Files.createSymbolicLink(dir.resolve("link"), folder);
        expect(Status.UNSUPPORTED_TYPE, link, "symbolic link to a folder");
    }

    @Test
    void truncatedDocxPrintsNoTraceOnTheConsole() throws IOException {
        byte[] docx = Documents.docx(Documents.ITALIAN_PARAGRAPH);
        java.io.PrintStream console = System.err;
        java.io.ByteArrayOutputStream seen = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(seen, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            for (int tenths = 1; tenths < 10; tenths++) {
                Path cut = Files.write(dir.resolve("cut" + tenths + ".docx"),
                        Arrays.copyOf(docx, docx.length * tenths / 10));
                TestIngesters.ingest(cut);
            }
        } finally {
            System.setErr(console);
        }
        String printed = seen.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(!printed.contains("\tat ") && !printed.contains("Exception"), "a stray trace: " + printed);
    }

    @Test
    void namedPipeIsNotReadForever() throws IOException, InterruptedException {
        Path fifo = dir.resolve("pipe.txt");
        org.junit.jupiter.api.Assumptions.assumeTrue(
                new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is not available");
        expect(Status.FAILED, fifo, "not a regular file");
    }

    @Test
    void parseThatNeverEndsTimesOut() throws IOException {
        Path f = Files.write(dir.resolve("slow.docx"), Documents.docx(Documents.ITALIAN_PARAGRAPH));
        IngestConfig config = IngestConfig.defaults().withParseTimeout(Duration.ofMillis(300));
        TikaExtractor stuck = new TikaExtractor(config, new NeverEndingParser());
        try (TikaIngester ingester = new TikaIngester(config, TestIngesters.rules(), TestIngesters.functionWords(), stuck)) {
            Ingested r = ingester.ingest(new SourceFile(f, "slow", f.toString(), null, null, null));
            assertEquals(Status.TIMEOUT, r.status(), r.error());
            assertSentence(r.error());
            assertTrue(r.error().contains("time limit"), r.error());
        }
    }

    @Test
    void englishArticleIsNotItalian() throws IOException {
        Path f = Files.writeString(dir.resolve("english.txt"), "The US defence secretary spoke by phone with his"
                + " Russian counterpart on Friday for the first time since the invasion of Ukraine began. The call"
                + " lasted about an hour and was requested by Washington, officials said, adding that the two men"
                + " discussed the need for an immediate ceasefire and keeping lines of communication open.\n");
        Ingested r = expect(Status.NOT_ITALIAN, f, "English");
        assertEquals("en", r.document().language().code());
        assertTrue(r.document().text().startsWith("The US"), "the text is kept for the record");
    }

    /** Blocks until interrupted, as a parser stuck in a pathological file would. */
    private static final class NeverEndingParser implements Parser {
        @Override
        public Set<MediaType> getSupportedTypes(ParseContext context) {
            return Set.of();
        }

        @Override
        public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
                throws IOException {
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                throw new IOException("interrupted", e);
            }
        }
    }
}
