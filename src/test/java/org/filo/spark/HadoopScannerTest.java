package org.filo.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.filo.ingest.BatchScanner;
import org.filo.ingest.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hadoop's listing of a folder (here through file://) gives the files, ids and dates extract's scanner gives. */
class HadoopScannerTest {
    @TempDir
    Path dir;

    private record Row(String docId, String source, String date, String title, String url) {
    }

    @Test
    void listsAsExtractDoes() throws Exception {
        Files.createDirectories(dir.resolve("b/2020-01-02"));
        Files.createDirectories(dir.resolve(".hidden"));
        Files.writeString(dir.resolve("b/2020-01-02/x.txt"), "x");
        Files.writeString(dir.resolve("a.html"), "<p>a</p>");
        Files.writeString(dir.resolve("c"), "no extension");
        Files.writeString(dir.resolve(".hidden/h.txt"), "hidden");
        Files.writeString(dir.resolve(".dot.txt"), "hidden");
        Files.writeString(dir.resolve("manifest.csv"), "file,published,url,title\nb/2020-01-02/x.txt,2020-01-02,,X\n"
                + "a.html,,https://www.ilpost.it/a,\n");

        List<Row> extract = new BatchScanner().scan(List.of(dir), null).stream()
                .map(HadoopScannerTest::row).toList();
        List<Row> hadoop = new HadoopScanner(new Configuration()).scan(List.of(dir.toUri().toString()), null).stream()
                .map(t -> new Row(t.docId(), t.source().replaceFirst("^file:/+", "/"), t.manifestDate(),
                        t.manifestTitle(), t.manifestUrl()))
                .toList();
        assertEquals(List.of("a", "b/2020-01-02/x", "c"), extract.stream().map(Row::docId).toList());
        assertEquals(extract, hadoop);
        assertEquals("https://www.ilpost.it/a", hadoop.get(0).url(), "the manifest's url reaches the task");
        assertEquals(List.of(8L, 1L, 12L), new HadoopScanner(new Configuration())
                .scan(List.of(dir.toUri().toString()), null).stream().map(FileTask::bytes).toList());
    }

    @Test
    void aMissingInputIsAUsageError() {
        assertThrows(HadoopScanner.MissingInput.class, () -> new HadoopScanner(new Configuration())
                .scan(List.of(dir.resolve("absent").toUri().toString()), null));
    }

    private static Row row(SourceFile f) {
        return new Row(f.docId(), Path.of(f.source()).toAbsolutePath().toString(),
                f.manifestDate() == null ? null : f.manifestDate().toString(), f.manifestTitle(), f.manifestUrl());
    }
}
