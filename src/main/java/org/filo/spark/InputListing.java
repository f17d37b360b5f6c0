package org.filo.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.filo.ingest.BatchScanner;
import org.filo.ingest.Manifest;
import org.filo.ingest.ManifestException;
import org.filo.ingest.SourceFile;
import org.filo.pipeline.UniqueIds;

/**
 * The job's input files with unique ids: local paths listed by extract's own scanner, then Hadoop locations
 * by the same rules ({@link HadoopScanner}); an explicit manifest may itself be on a Hadoop FS.
 */
final class InputListing {
    private InputListing() {
    }

    static List<FileTask> list(SparkConfig config, Configuration hadoop)
            throws IOException, ManifestException, HadoopScanner.MissingInput {
        List<Path> local = new ArrayList<>();
        List<String> remote = new ArrayList<>();
        for (String in : config.inputs()) {
            if (SparkConfig.isHadoop(in)) {
                remote.add(in);
            } else {
                local.add(Path.of(in));
            }
        }
        Path manifestCopy = null;
        try {
            Path manifest = null;
            if (config.manifest() != null && SparkConfig.isHadoop(config.manifest())) {
                // extract's scanner reads a local file; the copy keeps the manifest's own name
                org.apache.hadoop.fs.Path from = new org.apache.hadoop.fs.Path(config.manifest());
                manifestCopy = Files.createTempDirectory("filo-manifest");
                manifest = manifestCopy.resolve(from.getName());
                try (InputStream in = from.getFileSystem(hadoop).open(from)) {
                    Files.copy(in, manifest);
                }
            } else if (config.manifest() != null) {
                manifest = Path.of(config.manifest());
            }
            List<FileTask> files = new ArrayList<>();
            if (!local.isEmpty()) {
                for (SourceFile f : new BatchScanner().scan(local, manifest)) {
                    files.add(FileTask.local(f));
                }
            }
            if (!remote.isEmpty()) {
                files.addAll(new HadoopScanner(hadoop).scan(remote, manifest == null ? null : Manifest.read(manifest)));
            }
            return UniqueIds.assign(files, FileTask::docId, FileTask::source, FileTask::withDocId);
        } finally {
            if (manifestCopy != null) {
                try (var walk = Files.list(manifestCopy)) {
                    for (Path p : walk.toList()) {
                        Files.deleteIfExists(p);
                    }
                }
                Files.deleteIfExists(manifestCopy);
            }
        }
    }
}
