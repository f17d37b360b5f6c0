package org.filo.cli;

import java.nio.file.Path;

/** The project folder: where models/, corpus/ and output/ are. The launcher sets FILO_HOME. */
final class Home {
    private Home() {
    }

    static Path dir() {
        String home = System.getenv("FILO_HOME");
        return (home == null || home.isBlank() ? Path.of("") : Path.of(home)).toAbsolutePath().normalize();
    }
}
