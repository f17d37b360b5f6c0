package org.filo.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.filo.ingest.SourceFile;
import org.filo.output.OutputStore;
import org.filo.output.RecordMapper;
import org.filo.pipeline.BatchRunner;
import org.filo.pipeline.DocumentPipeline;
import org.filo.pipeline.StageClock;

/**
 * One Spark partition through extract's own batch runner (one thread: Spark runs one task per core), into a
 * scratch output folder of the task's own, read back as records. Reusing the runner keeps the time limit per
 * document and the failure records exactly as in extract. Output depends only on the input files, so a
 * retried task gives the same records again; the driver keeps one record per doc_id.
 */
final class PartitionProcessor implements FlatMapFunction<Iterator<FileTask>, DocRecords> {
    private static final long serialVersionUID = 1L;
    private final JobSettings settings;

    PartitionProcessor(JobSettings settings) {
        this.settings = settings;
    }

    @Override
    public Iterator<DocRecords> call(Iterator<FileTask> tasks) throws IOException {
        List<SourceFile> files = new ArrayList<>();
        tasks.forEachRemaining(t -> files.add(t.toSourceFile()));
        if (files.isEmpty()) {
            return List.<DocRecords>of().iterator();
        }
        ObjectMapper json = new ObjectMapper();
        LocalDate dct = settings.dct() == null ? null : LocalDate.parse(settings.dct());
        BatchRunner runner = new BatchRunner(
                new DocumentPipeline(ExecutorModels.get(settings), dct, new StageClock()),
                new RecordMapper(json, settings.pipeline()), 1, Duration.ofSeconds(settings.timeLimitSeconds()));
        Path scratch = Files.createTempDirectory("filo-spark-task");
        try {
            try (OutputStore store = OutputStore.open(json, scratch)) {
                runner.run(files, store);
            }
            return read(json, scratch).iterator();
        } finally {
            delete(scratch);
        }
    }

    private static List<DocRecords> read(ObjectMapper json, Path dir) throws IOException {
        Map<String, List<String>> events = new HashMap<>();
        for (String line : Files.readAllLines(dir.resolve(OutputStore.EVENTS))) {
            events.computeIfAbsent(json.readTree(line).get("doc_id").asText(), k -> new ArrayList<>()).add(line);
        }
        List<DocRecords> out = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve(OutputStore.DOCUMENTS))) {
            String docId = json.readTree(line).get("doc_id").asText();
            out.add(new DocRecords(docId, line, events.getOrDefault(docId, List.of())));
        }
        return out;
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
