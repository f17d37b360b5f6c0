package org.filo.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.hadoop.conf.Configuration;
import org.filo.ingest.SourceFile;
import org.filo.output.OutputStore;
import org.slf4j.LoggerFactory;

/**
 * One input file as Spark ships it to an executor: where it is (a local path, or a Hadoop FS URI when
 * {@code remote}), its identity as the batch listing gave it, its size (to size partitions) and what the
 * output already records of it ({@code prior}, or null), so that the executor, which reads the bytes anyway,
 * decides whether it is up to date: the driver never reads an input.
 */
public record FileTask(String path, boolean remote, String docId, String source, String manifestDate,
                       String manifestTitle, String manifestUrl, long bytes, Prior prior) implements Serializable {

    /** {@link OutputStore.Recorded}, in a form Spark can ship. */
    public record Prior(String sha256, String pipeline, String source, String dctValue, String dctSource,
                        String url) implements Serializable {
        static Prior of(OutputStore.Recorded r) {
            return r == null ? null
                    : new Prior(r.sha256(), r.pipeline(), r.source(), r.dctValue(), r.dctSource(), r.url());
        }

        OutputStore.Recorded recorded() {
            return new OutputStore.Recorded(sha256, pipeline, source, dctValue, dctSource, url);
        }
    }

    static FileTask local(SourceFile f) {
        long bytes;
        try {
            bytes = Files.isRegularFile(f.path()) ? Files.size(f.path()) : 0;
        } catch (IOException e) {
            bytes = 0; // the pipeline reports the unreadable file; here it only weighs nothing
        }
        return new FileTask(f.path().toString(), false, f.docId(), f.source(),
                f.manifestDate() == null ? null : f.manifestDate().toString(), f.manifestTitle(), f.manifestUrl(), bytes,
                null);
    }

    FileTask withDocId(String id) {
        return new FileTask(path, remote, id, source, manifestDate, manifestTitle, manifestUrl, bytes, prior);
    }

    FileTask withPrior(OutputStore.Recorded recorded) {
        return new FileTask(path, remote, docId, source, manifestDate, manifestTitle, manifestUrl, bytes,
                Prior.of(recorded));
    }

    /**
     * The file as the pipeline reads it: a local one where it is, a remote one copied into {@code scratch}
     * under its own name (type detection reads the name). A copy that fails leaves no file there, and the
     * pipeline records the document as unreadable, as extract does for a missing file.
     */
    SourceFile toSourceFile(Path scratch, Configuration hadoop) {
        Path at = Path.of(path);
        if (remote) {
            org.apache.hadoop.fs.Path from = new org.apache.hadoop.fs.Path(path);
            at = scratch.resolve(from.getName());
            try (InputStream in = from.getFileSystem(hadoop).open(from)) {
                Files.createDirectories(scratch);
                Files.copy(in, at);
            } catch (IOException e) {
                LoggerFactory.getLogger(FileTask.class).warn("{}: cannot read: {}", path, e.toString());
            }
        }
        return new SourceFile(at, docId, source, manifestDate == null ? null : LocalDate.parse(manifestDate),
                manifestTitle, manifestUrl);
    }
}
