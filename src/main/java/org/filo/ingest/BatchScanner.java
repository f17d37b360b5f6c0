package org.filo.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lists the input files of a batch in a stable order: files given directly, and the files under folders
 * (recursively, hidden ones skipped, each folder's own {@code manifest.csv} read rather than listed). An input
 * path that does not exist is still listed, so that it gets a FAILED record instead of vanishing.
 */
public final class BatchScanner {
    public static final String MANIFEST_NAME = "manifest.csv";
    private static final Logger LOG = LoggerFactory.getLogger(BatchScanner.class);

    /**
     * @param inputs   files and folders as the user gave them
     * @param manifest an explicit manifest (the {@code --manifest} option) or null; its entries win over a
     *                 folder's own manifest.csv. Paths in it are relative to the folder given as input, or for a
     *                 file given directly, relative to the manifest's folder (or just the file name)
     */
    public List<SourceFile> scan(List<Path> inputs, Path manifest) throws IOException, ManifestException {
        Manifest explicit = manifest == null ? null : Manifest.read(manifest);
        List<SourceFile> out = new ArrayList<>();
        Set<Path> seen = new LinkedHashSet<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                scanFolder(input, explicit, manifest, seen, out);
            } else if (seen.add(input.toAbsolutePath().normalize())) {
                out.add(direct(input, explicit));
            }
        }
        return out;
    }

    private void scanFolder(Path folder, Manifest explicit, Path explicitPath, Set<Path> seen, List<SourceFile> out)
            throws IOException, ManifestException {
        Path own = folder.resolve(MANIFEST_NAME);
        Manifest folderManifest = Files.isRegularFile(own) ? Manifest.read(own) : null;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(p -> !Files.isDirectory(p))
                    .filter(p -> !isHidden(folder.relativize(p)))
                    .filter(p -> !p.equals(own) && !sameFile(p, explicitPath))
                    .sorted(Comparator.comparing(p -> relative(folder, p)))
                    .toList();
        } catch (UncheckedIOException e) { // a sub-folder that cannot be listed
            throw e.getCause();
        }
        Set<String> listed = new java.util.HashSet<>();
        for (Path file : files) {
            String rel = relative(folder, file);
            listed.add(rel);
            if (!seen.add(file.toAbsolutePath().normalize())) {
                continue;
            }
            Manifest.Entry entry = explicit == null ? null : explicit.get(rel);
            if (entry == null && folderManifest != null) {
                entry = folderManifest.get(rel);
            }
            out.add(sourceFile(file, withoutExtension(rel), joinSource(folder, rel), entry));
        }
        if (folderManifest != null) {
            warnUnmatched(folderManifest, listed);
        }
    }

    /** A manifest row that names no file is most likely a typo: the file it meant gets no date. */
    private static void warnUnmatched(Manifest manifest, Set<String> listed) {
        List<String> unmatched = manifest.entries().keySet().stream().filter(k -> !listed.contains(k)).sorted().toList();
        if (!unmatched.isEmpty()) {
            LOG.warn("{}: {} row(s) name no file of the batch, e.g. {}", manifest.file(), unmatched.size(),
                    unmatched.subList(0, Math.min(3, unmatched.size())));
        }
    }

    private SourceFile direct(Path file, Manifest explicit) {
        Manifest.Entry entry = null;
        if (explicit != null) {
            Path base = explicit.file().toAbsolutePath().normalize().getParent();
            Path abs = file.toAbsolutePath().normalize();
            entry = base != null && abs.startsWith(base) ? explicit.get(relative(base, abs)) : null;
            if (entry == null) {
                entry = explicit.get(file.getFileName().toString());
            }
        }
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        return sourceFile(file, withoutExtension(name), slashes(file.toString()), entry);
    }

    private static SourceFile sourceFile(Path path, String docId, String source, Manifest.Entry entry) {
        return entry == null
                ? new SourceFile(path, docId, source, null, null)
                : new SourceFile(path, docId, source, entry.published(), entry.title());
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
