package org.filo.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.time.LocalDate;
import org.filo.ingest.SourceFile;

/** A {@link SourceFile} in a form Spark can ship to an executor. */
public record FileTask(String path, String docId, String source, String manifestDate, String manifestTitle)
        implements Serializable {
    static FileTask of(SourceFile f) {
        return new FileTask(f.path().toString(), f.docId(), f.source(),
                f.manifestDate() == null ? null : f.manifestDate().toString(), f.manifestTitle());
    }

    SourceFile toSourceFile() {
        return new SourceFile(Path.of(path), docId, source, manifestDate == null ? null : LocalDate.parse(manifestDate),
                manifestTitle);
    }
}
