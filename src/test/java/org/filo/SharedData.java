package org.filo;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the project's evaluation data in {@code ../shared} (set by the build as {@code filo.shared}).
 * A user's clone does not have it: tests that need it are skipped with a message saying so.
 */
public final class SharedData {
    private SharedData() {
    }

    public static Path root() {
        return Path.of(System.getProperty("filo.shared", "../shared")).toAbsolutePath().normalize();
    }

    /** The path below {@code ../shared}, or the test is skipped (not failed) when it is absent. */
    public static Path require(String relative) {
        Path p = root().resolve(relative);
        if (!Files.exists(p)) {
            // Surefire keeps an assumption's message in its reports only: say it on the console too
            System.err.println("filo tests: skipped, " + p + " is absent (../shared is not part of a user's clone)");
        }
        assumeTrue(Files.exists(p), () -> "skipped: " + p + " is absent (../shared is not part of a user's clone)");
        return p;
    }
}
