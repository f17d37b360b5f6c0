package org.filo.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
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
        return assign(files, SourceFile::docId, SourceFile::source,
                (f, id) -> new SourceFile(f.path(), id, f.source(), f.manifestDate(), f.manifestTitle(),
                        f.manifestUrl()));
    }

    /** The same rule over any listing of files (the Spark job also lists files that are not java.nio paths). */
    public static <T> List<T> assign(List<T> files, Function<T, String> docId, Function<T, String> source,
                                     BiFunction<T, String, T> withId) {
        Set<String> taken = new HashSet<>();
        List<T> out = new ArrayList<>(files.size());
        for (T f : files) {
            String id = docId.apply(f);
            if (!taken.add(id)) {
                String base = source.apply(f).replaceFirst("\\.[^./\\\\]*$", "").replaceFirst("^\\./", "");
                id = base;
                for (int n = 2; !taken.add(id); n++) {
                    id = base + "~" + n;
                }
            }
            out.add(id.equals(docId.apply(f)) ? f : withId.apply(f, id));
        }
        return out;
    }
}
