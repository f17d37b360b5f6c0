package org.filo.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.filo.output.OutputStore;
import org.filo.pipeline.ExtractConfig;
import org.filo.pipeline.ExtractJob;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark job on corpus/ with local[2] writes the same bytes as extract, and a second run skips everything. */
@Tag("models")
class SparkExtractJobTest {
    @TempDir
    Path tmp;

    private static ExtractConfig config(Path out) {
        return new ExtractConfig(List.of(Path.of("corpus")), out, null, 2, null, Duration.ofSeconds(120),
                Path.of("models"), false, false, false);
    }

    @Test
    void sameRecordsAsExtractAndNoRedoOnRerun() throws IOException {
        StringWriter log = new StringWriter();
        Path sparkOut = tmp.resolve("spark");
        assertEquals(0, SparkExtractJob.run(config(sparkOut), "local[2]", new PrintWriter(log), new PrintWriter(log)),
                log::toString);
        // the stages Spark loaded in this JVM serve extract too: one load of the models per test JVM
        Path extractOut = tmp.resolve("extract");
        ExtractConfig extract = config(extractOut);
        assertEquals(0, ExtractJob.run(extract, ExecutorModels.get(new JobSettings(
                        extract.modelsDir().toAbsolutePath().toString(), false, false, null, 120, "")),
                new PrintWriter(log), new PrintWriter(log)), log::toString);

        for (String file : List.of(OutputStore.DOCUMENTS, OutputStore.EVENTS)) {
            assertEquals(Files.readString(extractOut.resolve(file)), Files.readString(sparkOut.resolve(file)), file);
        }
        assertTrue(Files.readString(sparkOut.resolve(OutputStore.EVENTS)).contains("\"doc_id\""),
                "corpus/ gives events");
        assertTrue(Files.isDirectory(sparkOut.resolve("parquet/documents")));
        assertTrue(Files.isDirectory(sparkOut.resolve("parquet/events")));

        StringWriter again = new StringWriter();
        SparkExtractJob.run(config(sparkOut), "local[2]", new PrintWriter(again), new PrintWriter(again));
        assertTrue(again.toString().startsWith("0 documents processed, 5 unchanged"), again::toString);
        assertEquals(Files.readString(extractOut.resolve(OutputStore.DOCUMENTS)),
                Files.readString(sparkOut.resolve(OutputStore.DOCUMENTS)));
    }
}
