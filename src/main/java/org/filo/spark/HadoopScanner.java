package org.filo.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.filo.ingest.BatchScanner;
import org.filo.ingest.Manifest;
import org.filo.ingest.ManifestException;

/**
 * Lists inputs given as Hadoop FS URIs (hdfs://, s3a://, file:// ...) by extract's rules (BatchScanner):
 * folders recursively in order of relative path, hidden files skipped, a folder's own manifest.csv read and
 * not listed, ids from the path relative to the folder without extension, {@code source} the location as
 * given joined with that relative path. Lists names and sizes only; no input is read but the manifests.
 */
final class HadoopScanner {
    private final Configuration conf;

    HadoopScanner(Configuration conf) {
        this.conf = conf;
    }

    /** Thrown for an input that does not exist: a usage error, as extract's parser says of a missing path. */
    static final class MissingInput extends Exception {
        MissingInput(String location) {
            super("INPUT does not exist: " + location);
        }
    }

    /** @param explicit the --manifest, or null; its entries win over a folder's own manifest.csv */
    List<FileTask> scan(List<String> locations, Manifest explicit)
            throws IOException, ManifestException, MissingInput {
        List<FileTask> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String location : locations) {
            Path path = new Path(location);
            FileSystem fs = path.getFileSystem(conf);
            FileStatus status;
            try {
                status = fs.getFileStatus(path);
            } catch (FileNotFoundException e) {
                throw new MissingInput(location);
            }
            if (status.isDirectory()) {
                scanFolder(fs, location, status.getPath(), explicit, seen, out);
            } else if (seen.add(status.getPath().toString())) {
                String name = status.getPath().getName();
                Manifest.Entry entry = explicit == null ? null : explicit.get(name);
                out.add(task(status, BatchScanner.withoutExtension(name), location, entry));
            }
        }
        return out;
    }

    private void scanFolder(FileSystem fs, String given, Path folder, Manifest explicit, Set<String> seen,
                            List<FileTask> out) throws IOException, ManifestException {
        Path own = new Path(folder, BatchScanner.MANIFEST_NAME);
        Manifest folderManifest = fs.isFile(own) ? readManifest(fs, own) : null;
        String base = folder.toUri().getPath();
        base = base.endsWith("/") ? base : base + "/";
        List<LocatedFileStatus> files = new ArrayList<>();
        for (RemoteIterator<LocatedFileStatus> it = fs.listFiles(folder, true); it.hasNext(); ) {
            LocatedFileStatus f = it.next();
            String rel = f.getPath().toUri().getPath().substring(base.length());
            if (!hidden(rel) && !f.getPath().equals(own)) {
                files.add(f);
            }
        }
        files.sort(Comparator.comparing(f -> f.getPath().toUri().getPath()));
        for (LocatedFileStatus f : files) {
            String rel = f.getPath().toUri().getPath().substring(base.length());
            if (!seen.add(f.getPath().toString())) {
                continue;
            }
            Manifest.Entry entry = explicit == null ? null : explicit.get(rel);
            if (entry == null && folderManifest != null) {
                entry = folderManifest.get(rel);
            }
            out.add(task(f, BatchScanner.withoutExtension(rel), given.endsWith("/") ? given + rel : given + "/" + rel,
                    entry));
        }
    }

    private static FileTask task(FileStatus f, String docId, String source, Manifest.Entry entry) {
        return new FileTask(f.getPath().toString(), true, docId, source,
                entry == null || entry.published() == null ? null : entry.published().toString(),
                entry == null ? null : entry.title(), entry == null ? null : entry.url(), f.getLen(), null);
    }

    /** Manifest reads a local file: the (small) manifest is copied to a temporary one first. */
    static Manifest readManifest(FileSystem fs, Path file) throws IOException, ManifestException {
        java.nio.file.Path local = Files.createTempFile("filo-manifest", ".csv");
        try (InputStream in = fs.open(file)) {
            Files.copy(in, local, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return Manifest.read(local);
        } finally {
            Files.deleteIfExists(local);
        }
    }

    private static boolean hidden(String relative) {
        for (String part : relative.split("/")) {
            if (part.startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
