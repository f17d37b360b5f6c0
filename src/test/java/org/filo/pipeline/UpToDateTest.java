package org.filo.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.filo.ingest.SourceFile;
import org.filo.model.Dct;
import org.filo.model.DctSource;
import org.filo.model.Document;
import org.filo.model.ProcessedDocument;
import org.filo.model.Status;
import org.filo.output.OutputStore;
import org.filo.output.RecordMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What decides that a record is up to date (issue 16 item 3): a changed dependency reruns the document. */
class UpToDateTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final AtomicInteger runs = new AtomicInteger();

    /** Records the manifest's date as the DCT, as the real pipeline does; counts the documents it runs. */
    private final DocumentProcessor pipeline = file -> {
        runs.incrementAndGet();
        Document d = Failures.identityOnly(file);
        Dct dct = file.manifestDate() == null ? Dct.NONE : new Dct(file.manifestDate(), DctSource.MANIFEST);
        return ProcessedDocument.failed(new Document(d.docId(), d.source(), d.url(), FileHash.sha256OrNull(file.path()),
                d.contentType(), d.language(), d.title(), dct, d.text(), d.contentSpans()), Status.EMPTY, "empty");
    };

    private int rerunsAfter(SourceFile first, SourceFile second, String pipelineBefore, String pipelineAfter,
                            boolean force) throws IOException {
        Path out = dir.resolve("out");
        run(first, pipelineBefore, false, out);
        runs.set(0);
        run(second, pipelineAfter, force, out);
        return runs.get();
    }

    private void run(SourceFile file, String fingerprint, boolean force, Path out) throws IOException {
        try (OutputStore store = OutputStore.open(JSON, out)) {
            new BatchRunner(pipeline, new RecordMapper(JSON, fingerprint), 1, Duration.ofSeconds(60))
                    .run(List.of(file), store, force);
        }
    }

    private SourceFile file(String source, LocalDate manifestDate) throws IOException {
        return file(source, manifestDate, null);
    }

    private SourceFile file(String source, LocalDate manifestDate, String manifestUrl) throws IOException {
        Path p = dir.resolve("a.txt");
        if (!Files.exists(p)) {
            Files.writeString(p, "testo");
        }
        return new SourceFile(p, "a", source, manifestDate, null, manifestUrl);
    }

    /**
     * The manifest's URL goes into the record, so a URL added or corrected reruns the document. A URL removed
     * does not: the record's URL may be the page's own (og:url, canonical link), which only reading it tells.
     */
    @ParameterizedTest(name = "{0} -> {1}: {2} rerun(s)")
    @CsvSource(nullValues = "-", value = {
            "-, -, 0",
            "https://www.ilpost.it/a, https://www.ilpost.it/a, 0",
            "-, https://www.ilpost.it/a, 1",
            "https://www.ilpost.it/a, https://www.ilpost.it/b, 1",
            "https://www.ilpost.it/a, -, 0",
    })
    void aManifestUrlAddedOrCorrectedRerunsTheDocument(String before, String after, int reruns) throws IOException {
        assertEquals(reruns, rerunsAfter(file("a.txt", null, before), file("a.txt", null, after), "p", "p", false));
    }

    @Test
    void nothingChangedRerunsNothing() throws IOException {
        LocalDate may = LocalDate.of(2022, 5, 13);
        assertEquals(0, rerunsAfter(file("a.txt", may), file("a.txt", may), "p", "p", false));
    }

    @Test
    void aCorrectedManifestDateRerunsTheDocument() throws IOException {
        assertEquals(1, rerunsAfter(file("a.txt", LocalDate.of(2022, 5, 13)), file("a.txt", LocalDate.of(2022, 5, 14)),
                "p", "p", false));
        assertEquals(1, rerunsAfter(file("a.txt", null), file("a.txt", LocalDate.of(2022, 5, 13)), "p", "p", false));
    }

    @Test
    void aManifestRowRemovedRerunsTheDocument() throws IOException {
        assertEquals(1, rerunsAfter(file("a.txt", LocalDate.of(2022, 5, 13)), file("a.txt", null), "p", "p", false));
    }

    @Test
    void theSameFileGivenByAnotherPathRerunsIt() throws IOException {
        assertEquals(1, rerunsAfter(file("a.txt", null), file("corpus/a.txt", null), "p", "p", false));
    }

    @Test
    void anOptionThatChangesOutputRerunsEverything() throws IOException {
        Path models = Files.createDirectories(dir.resolve("models"));
        String plain = PipelineFingerprint.of(models, "parse=false;");
        String parsed = PipelineFingerprint.of(models, "parse=true;");
        assertEquals(1, rerunsAfter(file("a.txt", null), file("a.txt", null), plain, parsed, false));
    }

    @Test
    void forceRerunsWhatIsUpToDate() throws IOException {
        assertEquals(1, rerunsAfter(file("a.txt", null), file("a.txt", null), "p", "p", true));
    }
}
