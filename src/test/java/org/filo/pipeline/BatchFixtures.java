package org.filo.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Runs extract in-process with the shared stages, and reads what it wrote. */
final class BatchFixtures {
    static final ObjectMapper JSON = new ObjectMapper();

    private BatchFixtures() {
    }

    static String extract(List<Path> inputs, Path out, int threads) throws IOException {
        return extract(inputs, out, threads, Duration.ofSeconds(120));
    }

    static String extract(List<Path> inputs, Path out, int threads, Duration timeLimit) throws IOException {
        ExtractConfig config = new ExtractConfig(inputs, out, null, threads, null, timeLimit,
                Path.of("models"), false, false, false);
        StringWriter text = new StringWriter();
        int exit = ExtractJob.run(config, LoadedStages.STAGES, new PrintWriter(text), new PrintWriter(text));
        if (exit != 0) {
            throw new AssertionError("extract exited " + exit + ": " + text);
        }
        return text.toString();
    }

    static List<JsonNode> records(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            List<JsonNode> out = new ArrayList<>();
            for (String line : (Iterable<String>) lines::iterator) {
                out.add(JSON.readTree(line));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the project's sample corpus (five seed articles and their manifest) into a folder. */
    static Path copyCorpus(Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(Path.of("corpus"))) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
        return to;
    }

    /** The text between code point offsets, as records count them. */
    static String slice(String text, int start, int end) {
        return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
    }
}
