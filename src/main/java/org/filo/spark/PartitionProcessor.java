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
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.function.Function;
import org.filo.ingest.SourceFile;
import org.filo.output.OutputStore;
import org.filo.output.RecordMapper;
import org.filo.pipeline.BatchRunner;
import org.filo.pipeline.DocumentPipeline;
import org.filo.pipeline.Stages;
import org.filo.pipeline.StageClock;

/**
 * One Spark partition (a group of files) through extract's own batch runner (one thread: Spark runs one task
 * per core), into a scratch output folder of the task's own, read back as records. Reusing the runner keeps
 * the time limit per document and the failure records exactly as in extract; files up to date by extract's
 * rule are left out first. Output depends only on the input files, so a retried task gives the same records
 * again; the driver keeps one record per doc_id.
 */
final class PartitionProcessor implements Function<List<FileTask>, PartitionResult> {
    private static final long serialVersionUID = 1L;
    private final JobSettings settings;

    PartitionProcessor(JobSettings settings) {
        this.settings = settings;
    }

    @Override
    public PartitionResult call(List<FileTask> tasks) throws IOException {
        long t0 = System.nanoTime();
        Path scratch = Files.createTempDirectory("filo-spark-task");
        try {
            Configuration hadoop = settings.hadoopConf();
            List<SourceFile> todo = new ArrayList<>();
            for (int i = 0; i < tasks.size(); i++) {
                FileTask t = tasks.get(i);
                SourceFile f = t.toSourceFile(scratch.resolve("in").resolve(Integer.toString(i)), hadoop);
                if (settings.force() || t.prior() == null
                        || !BatchRunner.upToDate(settings.pipeline(), f, t.prior().recorded())) {
                    todo.add(f);
                }
            }
            if (todo.isEmpty()) {
                return new PartitionResult(List.of(), tasks.size(), 0, 0, System.nanoTime() - t0);
            }
            long t1 = System.nanoTime();
            Stages stages = ExecutorModels.get(settings);
            long t2 = System.nanoTime();
            ObjectMapper json = new ObjectMapper();
            LocalDate dct = settings.dct() == null ? null : LocalDate.parse(settings.dct());
            BatchRunner runner = new BatchRunner(new DocumentPipeline(stages, dct, new StageClock()),
                    new RecordMapper(json, settings.pipeline()), 1, Duration.ofSeconds(settings.timeLimitSeconds()));
            Path out = scratch.resolve("out");
            try (OutputStore store = OutputStore.open(json, out)) {
                runner.run(todo, store, true);
            }
            long t3 = System.nanoTime();
            List<DocRecords> records = read(json, out);
            return new PartitionResult(records, tasks.size() - todo.size(), t2 - t1, t3 - t2, System.nanoTime() - t0);
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
