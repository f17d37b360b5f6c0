package org.filo.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * What produced a record: a digest of the project's code, its rules and lexicons in {@code models/}, and
 * the libraries on the class path (their file names carry their versions). A record whose fingerprint
 * differs from the running pipeline's is processed again, so a re-run after an upgrade or a rule change
 * does not keep stale records just because the input file did not change.
 */
public final class PipelineFingerprint {
    private PipelineFingerprint() {
    }

    public static String of(Path modelsDir) {
        return of(modelsDir, "");
    }

    /** Also fingerprints the options that change records ({@code --parse}, {@code --dct}, ...), given as text. */
    public static String of(Path modelsDir, String outputOptions) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(outputOptions.getBytes(StandardCharsets.UTF_8));
            addTree(digest, modelsDir);
            addTree(digest, codeLocation());
            digest.update(pipelineClassPath().replaceAll("[^:;]*[/\\\\]", "").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + modelsDir + " to fingerprint the pipeline", e);
        }
    }

    /**
     * The class path without the jars {@code ./filo spark} adds (property filo.runner.classpath): the engine
     * that runs the pipeline is not part of what gives its records.
     */
    private static String pipelineClassPath() {
        String path = System.getProperty("java.class.path", "");
        String runner = System.getProperty("filo.runner.classpath", "");
        return runner.isEmpty() ? path : path.replace(":" + runner, "");
    }

    /** Every regular file below {@code root} (or the file itself), by relative path and content, in order. */
    private static void addTree(MessageDigest digest, Path root) throws IOException {
        if (Files.isRegularFile(root)) {
            digest.update(Files.readAllBytes(root));
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            digest.update(root.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
            digest.update(Files.readAllBytes(f));
        }
    }

    /** The classes folder or jar the pipeline runs from. */
    private static Path codeLocation() {
        try {
            return Path.of(PipelineFingerprint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the pipeline's code", e);
        }
    }
}
