package org.filo.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchScannerTest {
    @TempDir
    Path dir;

    private Path write(String relative, String content) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, content);
    }

    @Test
    void folderIsListedSortedWithIdsAndItsOwnManifest() throws IOException, ManifestException {
        Path batch = dir.resolve("batch");
        write("batch/syria/2016-03-16/ext_66.txt", "a");
        write("batch/egypt/2011-02-13/ext_3.txt", "b");
        write("batch/b.html", "c");
        write("batch/.hidden.txt", "x");
        write("batch/.git/config", "x");
        write("batch/manifest.csv", "file,published,url,title\n"
                + "syria/2016-03-16/ext_66.txt,2016-03-16,http://x.it/a,\"Siria, colloqui\"\n"
                + "./b.html,,,\n");
        List<SourceFile> files = new BatchScanner().scan(List.of(batch), null);
        assertEquals(List.of("b", "egypt/2011-02-13/ext_3", "syria/2016-03-16/ext_66"),
                files.stream().map(SourceFile::docId).toList());
        SourceFile syria = files.get(2);
        assertEquals(batch + "/syria/2016-03-16/ext_66.txt", syria.source());
        assertEquals(LocalDate.of(2016, 3, 16), syria.manifestDate());
        assertEquals("Siria, colloqui", syria.manifestTitle());
        assertNull(files.get(0).manifestDate(), "an empty published field means no date");
        assertNull(files.get(1).manifestDate(), "not in the manifest");
    }

    @Test
    void fileGivenDirectlyAndExplicitManifest() throws IOException, ManifestException {
        Path article = write("in/000_abc.txt", "a");
        Path manifest = write("meta/list.csv", "file,published\n000_abc.txt,2022-05-13\n");
        List<SourceFile> files = new BatchScanner().scan(List.of(article), manifest);
        assertEquals(1, files.size());
        assertEquals("000_abc", files.get(0).docId());
        assertEquals(article.toString(), files.get(0).source());
        assertEquals(LocalDate.of(2022, 5, 13), files.get(0).manifestDate());
    }

    @Test
    void missingInputIsListedSoItGetsARecord() throws IOException, ManifestException {
        Path missing = dir.resolve("nope.txt");
        List<SourceFile> files = new BatchScanner().scan(List.of(missing), null);
        assertEquals("nope", files.get(0).docId());
        Ingested r = TestIngesters.shared().ingest(files.get(0));
        assertEquals(org.filo.model.Status.FAILED, r.status());
        BadInputTest.assertSentence(r.error());
    }

    @Test
    void linksToFoldersAndLinkLoopsAreListedSoTheyGetARecord() throws IOException, ManifestException {
        Path batch = dir.resolve("batch");
        write("batch/a.txt", "a");
        write("elsewhere/b.txt", "b");
        Files.createSymbolicLink(batch.resolve("linked"), dir.resolve("elsewhere"));
        Files.createSymbolicLink(batch.resolve("loop1.txt"), batch.resolve("loop2.txt"));
        Files.createSymbolicLink(batch.resolve("loop2.txt"), batch.resolve("loop1.txt"));
        assertEquals(List.of("a", "linked", "loop1", "loop2"),
                new BatchScanner().scan(List.of(batch), null).stream().map(SourceFile::docId).toList(),
                "the linked folder is one entry, not followed");
    }

    @Test
    void everyBadRowOfAManifestIsReportedAtOnce() throws IOException {
        Path batch = dir.resolve("batch");
        write("batch/a.txt", "a");
        write("batch/manifest.csv", "file,published\na.txt,13/05/2022\nb.txt,2022-01-01\nc.txt\n,2022-01-01\n");
        ManifestException e = assertThrows(ManifestException.class, () -> new BatchScanner().scan(List.of(batch), null));
        List<String> lines = e.getMessage().lines().toList();
        assertEquals(3, lines.size(), e.getMessage());
        assertTrue(lines.get(0).contains("manifest.csv:2: published must be an ISO date"), lines.get(0));
        assertTrue(lines.get(1).contains("manifest.csv:4: expected 2 fields"), lines.get(1));
        assertTrue(lines.get(2).contains("manifest.csv:5: the file field is empty"), lines.get(2));
    }

    @Test
    void anExplicitManifestsRowsThatNameNoFileAndDatesAfterTodayAreWarnedAbout()
            throws IOException, ManifestException {
        Path batch = dir.resolve("batch");
        write("batch/a.txt", "a");
        write("batch/b.txt", "b");
        Path manifest = write("dates.csv", "file,published\na.txt,2022-05-13\ntypo.txt,2022-05-14\nb.txt,2030-01-01\n");
        BatchScanner scanner = new BatchScanner(Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC));
        List<SourceFile> files = scanner.scan(List.of(batch), manifest);
        assertEquals(LocalDate.of(2030, 1, 1), files.get(1).manifestDate(), "warned about, used as given");
        assertEquals(List.of(manifest + ":4: the publication date 2030-01-01 of b.txt is after today (2026-12-04);"
                + " it is used as given.", manifest + ": 1 row(s) name no file of the batch, e.g. [typo.txt (line 3)]"),
                scanner.warnings());
    }

    @Test
    void aManifestInASubfolderIsThatSubfoldersManifestNotAnArticle() throws IOException, ManifestException {
        Path batch = dir.resolve("batch");
        write("batch/top.txt", "t");
        write("batch/sub/a.txt", "a");
        write("batch/sub/deeper/b.txt", "b");
        write("batch/manifest.csv", "file,published\ntop.txt,2022-01-01\nsub/a.txt,2022-01-02\n");
        write("batch/sub/manifest.csv", "file,published\na.txt,2022-02-01\ndeeper/b.txt,2022-02-02\n");
        BatchScanner scanner = new BatchScanner();
        List<SourceFile> files = scanner.scan(List.of(batch), null);
        assertEquals(List.of("sub/a", "sub/deeper/b", "top"), files.stream().map(SourceFile::docId).toList());
        assertEquals(List.of(LocalDate.of(2022, 2, 1), LocalDate.of(2022, 2, 2), LocalDate.of(2022, 1, 1)),
                files.stream().map(SourceFile::manifestDate).toList(), "the nearest manifest gives the date");
        assertEquals(List.of(), scanner.warnings());
    }

    @Test
    void sameFileTwiceIsListedOnce() throws IOException, ManifestException {
        Path f = write("x/a.txt", "a");
        assertEquals(1, new BatchScanner().scan(List.of(dir.resolve("x"), f), null).size());
    }

    @Test
    void extensionRule() {
        assertEquals("syria/2016-03-16/ext_66", BatchScanner.withoutExtension("syria/2016-03-16/ext_66.txt"));
        assertEquals("a.b/c", BatchScanner.withoutExtension("a.b/c"));
        assertEquals("notes", BatchScanner.withoutExtension("notes"));
        assertEquals("archive.tar", BatchScanner.withoutExtension("archive.tar.gz"));
    }

    @Test
    void malformedManifestsSayWhereAndWhy() throws IOException {
        assertManifestError("", "empty");
        assertManifestError("name,date\na.txt,2020-01-01\n", "header");
        assertManifestError("file,published\na.txt,13/05/2022\n", ":2: published must be an ISO date");
        assertManifestError("file,published\na.txt,2022-02-30\n", "ISO date");
        assertManifestError("file,published\na.txt\n", "expected 2 fields");
        assertManifestError("file,published,title\na.txt,2022-01-01,\"unclosed\n", "not closed");
        assertManifestError("file,published\na.txt,2022-01-01\n./a.txt,2022-01-02\n", "listed twice");
        assertManifestError("file,published\nc\u00e0.txt,2022-01-01\n", null);
    }

    private void assertManifestError(String content, String expected) throws IOException {
        Path batch = Files.createTempDirectory(dir, "m");
        if (expected == null) { // the content in Latin-1, which is not UTF-8
            Files.write(batch.resolve("manifest.csv"), content.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            expected = "not UTF-8";
        } else {
            Files.writeString(batch.resolve("manifest.csv"), content);
        }
        Files.writeString(batch.resolve("a.txt"), "a");
        ManifestException e = assertThrows(ManifestException.class, () -> new BatchScanner().scan(List.of(batch), null));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(e.getMessage().contains("manifest.csv"), "names the file: " + e.getMessage());
    }
}
