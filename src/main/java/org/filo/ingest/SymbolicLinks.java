package org.filo.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/** Tells a loop of symbolic links from a link to nothing: the operating system reports both as "not found". */
final class SymbolicLinks {
    /** Linux gives up after 40 links; a chain that long is treated as a loop, as the system does. */
    private static final int MAX_LINKS = 40;

    private SymbolicLinks() {
    }

    /** True when following the links from {@code path} comes back to a link already passed. */
    static boolean loops(Path path) {
        Set<Path> passed = new HashSet<>();
        Path p = path.toAbsolutePath().normalize();
        while (Files.isSymbolicLink(p)) {
            if (!passed.add(p) || passed.size() > MAX_LINKS) {
                return true;
            }
            try {
                Path target = Files.readSymbolicLink(p);
                p = p.resolveSibling(target).normalize();
            } catch (IOException | UnsupportedOperationException e) {
                return false; // cannot be followed: not known to be a loop
            }
        }
        return false;
    }
}
