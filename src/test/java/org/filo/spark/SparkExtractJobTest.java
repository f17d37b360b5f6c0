package org.filo.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.filo.output.OutputStore;
import org.filo.pipeline.ExtractConfig;
import org.filo.pipeline.ExtractJob;
import org.filo.pipeline.Stages;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job on corpus/ with local[2] writes the same bytes as extract, from a local path and from a
 * Hadoop FS URI (file://, the one Hadoop file system this machine has), and a second run skips everything.
 */
@Tag("models")
class SparkExtractJobTest {
    @TempDir
    Path tmp;

    private static SparkConfig spark(String input, String out) {
        return new SparkConfig(List.of(input), out, "local[2]", null, null, Duration.ofSeconds(120),
                Path.of("models"), false, false, false);
    }

    /** Extract's records for the input, with the stages Spark loaded in this JVM: one load per test JVM. */
    private Path extract(Path input, String name) throws IOException {
        Path out = tmp.resolve(name);
        ExtractConfig config = new ExtractConfig(List.of(input), out, null, 2, null, Duration.ofSeconds(120),
                Path.of("models"), false, false, false);
        Stages stages = ExecutorModels.get(new JobSettings(config.modelsDir().toAbsolutePath().toString(), false,
                false, null, 120, "", false, Map.of()));
        StringWriter log = new StringWriter();
        assertEquals(0, ExtractJob.run(config, stages, new PrintWriter(log), new PrintWriter(log)), log::toString);
        return out;
    }

    private static String run(SparkConfig config) throws IOException {
        StringWriter log = new StringWriter();
        assertEquals(0, SparkExtractJob.run(config, new PrintWriter(log), new PrintWriter(log)), log::toString);
        return log.toString();
    }

    @Test
    void sameRecordsAsExtractAndNoRedoOnRerun() throws IOException {
        Path sparkOut = tmp.resolve("spark");
        run(spark("corpus", sparkOut.toString()));
        Path extractOut = extract(Path.of("corpus"), "extract");

        for (String file : List.of(OutputStore.DOCUMENTS, OutputStore.EVENTS)) {
            assertEquals(Files.readString(extractOut.resolve(file)), Files.readString(sparkOut.resolve(file)), file);
        }
        assertTrue(Files.readString(sparkOut.resolve(OutputStore.EVENTS)).contains("\"doc_id\""),
                "corpus/ gives events");
        assertEquals(fields(sparkOut.resolve(OutputStore.DOCUMENTS)), fields("", RecordSchema.DOCUMENTS));
        assertEquals(fields(sparkOut.resolve(OutputStore.EVENTS)), fields("", RecordSchema.EVENTS));
        assertTrue(partitionFolders(sparkOut.resolve("parquet/documents")).stream()
                .allMatch(p -> p.matches("dct_year=(\\d{4}|unknown)/dct_month=(\\d\\d|unknown)")), sparkOut::toString);
        assertFalse(partitionFolders(sparkOut.resolve("parquet/events")).isEmpty());

        String again = run(spark("corpus", sparkOut.toString()));
        assertTrue(again.startsWith("0 documents processed, 5 unchanged"), again);
        assertEquals(Files.readString(extractOut.resolve(OutputStore.DOCUMENTS)),
                Files.readString(sparkOut.resolve(OutputStore.DOCUMENTS)));
    }

    @Test
    void hadoopUrisInAndOutGiveExtractsRecordsWithTheUriAsSource() throws IOException {
        Path corpus = Path.of("corpus").toAbsolutePath();
        Path sparkOut = tmp.resolve("spark-uri");
        String outUri = sparkOut.toUri().toString();
        run(spark(corpus.toUri().toString(), outUri));
        Path extractOut = extract(corpus, "extract-abs");

        for (String file : List.of(OutputStore.DOCUMENTS, OutputStore.EVENTS)) {
            String records = Files.readString(sparkOut.resolve(file));
            // the one difference: source is the input as given, here file:///abs/corpus/...
            assertEquals(Files.readString(extractOut.resolve(file)),
                    records.replace("\"source\":\"file://", "\"source\":\""), file);
        }
        assertTrue(Files.readString(sparkOut.resolve(OutputStore.DOCUMENTS)).contains("\"source\":\"file:///"));
        assertFalse(Files.exists(sparkOut.resolve(OutputTarget.LOCK)), "the Hadoop lock is released");
        assertFalse(partitionFolders(sparkOut.resolve("parquet/documents")).isEmpty());

        String again = run(spark(corpus.toUri().toString(), outUri));
        assertTrue(again.startsWith("0 documents processed, 5 unchanged"), again);
    }

    /** Every field path of the records (entities.id...), arrays looked through. */
    private static Set<String> fields(Path jsonl) throws IOException {
        Set<String> out = new TreeSet<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(jsonl)) {
            fields("", json.readTree(line), out);
        }
        return out;
    }

    private static void fields(String prefix, JsonNode node, Set<String> out) {
        if (node.isArray()) {
            node.forEach(n -> fields(prefix, n, out));
        } else if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                out.add(prefix + e.getKey());
                fields(prefix + e.getKey() + ".", e.getValue(), out);
            });
        }
    }

    private static Set<String> fields(String prefix, DataType type) {
        Set<String> out = new TreeSet<>();
        if (type instanceof ArrayType a) {
            out.addAll(fields(prefix, a.elementType()));
        } else if (type instanceof StructType s) {
            for (StructField f : s.fields()) {
                out.add(prefix + f.name());
                out.addAll(fields(prefix + f.name() + ".", f.dataType()));
            }
        }
        return out;
    }

    private static List<String> partitionFolders(Path table) throws IOException {
        try (Stream<Path> walk = Files.walk(table, 2)) {
            return walk.filter(p -> table.relativize(p).getNameCount() == 2 && Files.isDirectory(p))
                    .map(p -> table.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }
}
