package org.filo.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.filo.ingest.SourceFile;

/**
 * Makes doc ids unique within a batch. Two inputs can hold the same relative path (two folders with an
 * {@code a.txt} each, or {@code a.txt} beside {@code a.html}); the first keeps its id, a later one takes its
 * source path without extension, so ids stay stable from run to run over the same inputs.
 */
public final class UniqueIds {
    private UniqueIds() {
    }

    public static List<SourceFile> assign(List<SourceFile> files) {
        Set<String> taken = new HashSet<>();
        List<SourceFile> out = new ArrayList<>(files.size());
        for (SourceFile f : files) {
            String id = f.docId();
            if (!taken.add(id)) {
                String base = f.source().replaceFirst("\\.[^./\\\\]*$", "").replaceFirst("^\\./", "");
                id = base;
                for (int n = 2; !taken.add(id); n++) {
                    id = base + "~" + n;
                }
            }
            out.add(id.equals(f.docId()) ? f
                    : new SourceFile(f.path(), id, f.source(), f.manifestDate(), f.manifestTitle()));
        }
        return out;
    }
}
