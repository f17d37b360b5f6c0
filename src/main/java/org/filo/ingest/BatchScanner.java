package org.filo.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lists the input files of a batch in a stable order: files given directly, and the files under folders
 * (recursively, hidden ones skipped). A {@code manifest.csv} in a folder or any of its sub-folders is that folder's
 * manifest, read rather than listed; a file takes its row from the explicit manifest, else from the nearest
 * folder manifest above it. An input path that does not exist is still listed, so that it gets a FAILED record
 * instead of vanishing. Manifest rows that look wrong are {@link #warnings()}, also logged.
 */
public final class BatchScanner {
    public static final String MANIFEST_NAME = "manifest.csv";
    private static final Logger LOG = LoggerFactory.getLogger(BatchScanner.class);

    private final Clock clock;
    private final List<String> warnings = new ArrayList<>();

    /** Manifest dates after today (by the system clock) are warned about. */
    public BatchScanner() {
        this(Clock.systemDefaultZone());
    }

    public BatchScanner(Clock clock) {
        this.clock = clock;
    }

    /** What the last {@link #scan} found suspicious in the manifests, one sentence each. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /**
     * @param inputs   files and folders as the user gave them
     * @param manifest an explicit manifest (the {@code --manifest} option) or null; its entries win over a
     *                 folder's own manifest.csv. Paths in it are relative to the folder given as input, or for a
     *                 file given directly, relative to the manifest's folder (or just the file name)
     */
    public List<SourceFile> scan(List<Path> inputs, Path manifest) throws IOException, ManifestException {
        warnings.clear();
        Manifest explicit = manifest == null ? null : read(manifest);
        Set<String> matched = new HashSet<>();
        List<SourceFile> out = new ArrayList<>();
        Set<Path> seen = new LinkedHashSet<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                scanFolder(input, explicit, manifest, seen, matched, out);
            } else if (seen.add(input.toAbsolutePath().normalize())) {
                out.add(direct(input, explicit, matched));
            }
        }
        if (explicit != null) {
            warnUnmatched(explicit, matched);
        }
        return out;
    }

    private Manifest read(Path manifest) throws IOException, ManifestException {
        Manifest m = Manifest.read(manifest, LocalDate.now(clock));
        m.warnings().forEach(this::warn);
        return m;
    }

    private void warn(String sentence) {
        warnings.add(sentence);
        LOG.warn(sentence);
    }

    private void scanFolder(Path folder, Manifest explicit, Path explicitPath, Set<Path> seen, Set<String> matched,
                            List<SourceFile> out) throws IOException, ManifestException {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(folder)) {
            // a link to a folder is not followed but listed, so that it gets a record saying so
            paths = walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> !isHidden(folder.relativize(p)))
                    .filter(p -> !sameFile(p, explicitPath))
                    .sorted(Comparator.comparing(p -> relative(folder, p)))
                    .toList();
        } catch (UncheckedIOException e) { // a sub-folder that cannot be listed
            throw e.getCause();
        }
        // each folder's manifest, by the folder's path relative to the input ("" for the input itself, else "a/b/")
        Map<String, Manifest> manifests = new HashMap<>();
        Map<String, Set<String>> usedRows = new HashMap<>();
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (p.getFileName().toString().equals(MANIFEST_NAME) && Files.isRegularFile(p)) {
                String rel = relative(folder, p);
                String dirKey = rel.substring(0, rel.length() - MANIFEST_NAME.length());
                manifests.put(dirKey, read(p));
                usedRows.put(dirKey, new HashSet<>());
            } else {
                files.add(p);
            }
        }
        for (Path file : files) {
            String rel = relative(folder, file);
            Manifest.Entry entry = explicit == null ? null : explicit.get(rel);
            if (entry != null) {
                matched.add(Manifest.normaliseKey(rel));
            }
            for (String dirKey = parentKey(rel); dirKey != null; dirKey = parentKey(dirKey)) { // nearest first
                Manifest own = manifests.get(dirKey);
                String key = rel.substring(dirKey.length());
                if (own != null && own.get(key) != null) {
                    usedRows.get(dirKey).add(Manifest.normaliseKey(key));
                    entry = entry == null ? own.get(key) : entry;
                }
            }
            if (seen.add(file.toAbsolutePath().normalize())) {
                out.add(sourceFile(file, withoutExtension(rel), joinSource(folder, rel), entry));
            }
        }
        for (Map.Entry<String, Manifest> m : new TreeMap<>(manifests).entrySet()) {
            warnUnmatched(m.getValue(), usedRows.get(m.getKey()));
        }
    }

    /** {@code a/b/c.txt} → {@code a/b/}; {@code a/b/} → {@code a/}; {@code a/} → {@code ""}; {@code ""} → null. */
    private static String parentKey(String rel) {
        if (rel.isEmpty()) {
            return null;
        }
        String trimmed = rel.endsWith("/") ? rel.substring(0, rel.length() - 1) : rel;
        int slash = trimmed.lastIndexOf('/');
        return slash < 0 ? "" : trimmed.substring(0, slash + 1);
    }

    /** A manifest row that names no file is most likely a typo: the file it meant gets no date. */
    private void warnUnmatched(Manifest manifest, Set<String> used) {
        List<String> unmatched = manifest.entries().keySet().stream().filter(k -> !used.contains(k)).sorted().toList();
        if (!unmatched.isEmpty()) {
            warn(manifest.file() + ": " + unmatched.size() + " row(s) name no file of the batch, e.g. "
                    + unmatched.subList(0, Math.min(3, unmatched.size())).stream()
                    .map(k -> k + " (line " + manifest.lineOf(k) + ")").toList());
        }
    }

    private SourceFile direct(Path file, Manifest explicit, Set<String> matched) {
        Manifest.Entry entry = null;
        if (explicit != null) {
            Path base = explicit.file().toAbsolutePath().normalize().getParent();
            Path abs = file.toAbsolutePath().normalize();
            String key = base != null && abs.startsWith(base) ? relative(base, abs) : null;
            entry = key == null ? null : explicit.get(key);
            if (entry == null) {
                key = file.getFileName().toString();
                entry = explicit.get(key);
            }
            if (entry != null) {
                matched.add(Manifest.normaliseKey(key));
            }
        }
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        return sourceFile(file, withoutExtension(name), slashes(file.toString()), entry);
    }

    private static SourceFile sourceFile(Path path, String docId, String source, Manifest.Entry entry) {
        return entry == null
                ? new SourceFile(path, docId, source, null, null, null)
                : new SourceFile(path, docId, source, entry.published(), entry.title(), entry.url());
    }

    /** {@code syria/2016-03-16/ext_66.txt} → {@code syria/2016-03-16/ext_66}; a leading dot is not an extension. */
    public static String withoutExtension(String relative) {
        int slash = relative.lastIndexOf('/');
        int dot = relative.lastIndexOf('.');
        return dot > slash + 1 ? relative.substring(0, dot) : relative;
    }

    private static String joinSource(Path folder, String rel) {
        String base = slashes(folder.toString());
        return base.isEmpty() || base.equals(".") ? rel : (base.endsWith("/") ? base + rel : base + "/" + rel);
    }

    private static String relative(Path base, Path file) {
        return slashes(base.relativize(file).toString());
    }

    private static String slashes(String path) {
        return path.replace(java.io.File.separatorChar, '/');
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameFile(Path p, Path other) {
        return other != null && p.toAbsolutePath().normalize().equals(other.toAbsolutePath().normalize());
    }
}
