package org.filo.pipeline;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.filo.ingest.SourceFile;
import org.filo.output.OutputStore;

/**
 * Records of files that are gone (issue 16 item 4). A record is of a gone file when its file was under a folder
 * given to this run and the run did not list it (deleted, renamed, moved), or when its file no longer exists
 * where it was given and a file of this run has its bytes (renamed or moved elsewhere): either way it would
 * count a file that is not there, or one file twice. Records of other inputs are not this run's to judge.
 */
final class GoneFiles {
    private GoneFiles() {
    }

    /** Removes the records of gone files from the store; returns their doc_ids, sorted. */
    static List<String> remove(OutputStore store, List<Path> inputs, List<SourceFile> files) {
        Set<String> listed = new HashSet<>();
        for (SourceFile f : files) {
            listed.add(f.docId());
        }
        List<Path> folders = inputs.stream().filter(Files::isDirectory).map(GoneFiles::absolute).toList();
        Map<String, OutputStore.Recorded> records = store.records();
        Set<String> hashesOfThisRun = new HashSet<>();
        for (String id : listed) {
            OutputStore.Recorded r = records.get(id);
            if (r != null && r.sha256() != null) {
                hashesOfThisRun.add(r.sha256());
            }
        }
        List<String> gone = new ArrayList<>();
        for (Map.Entry<String, OutputStore.Recorded> e : records.entrySet()) {
            if (listed.contains(e.getKey())) {
                continue;
            }
            Path source = path(e.getValue().source());
            boolean underAFolderOfTheRun = source != null && folders.stream().anyMatch(source::startsWith);
            // its folder still there: the path is read from where it was given (not from another working folder)
            boolean renamed = source != null && hashesOfThisRun.contains(e.getValue().sha256())
                    && Files.notExists(source, LinkOption.NOFOLLOW_LINKS) && source.getParent() != null
                    && Files.isDirectory(source.getParent());
            if (underAFolderOfTheRun || renamed) {
                gone.add(e.getKey());
            }
        }
        gone.forEach(store::remove);
        return gone;
    }

    private static Path path(String source) {
        try {
            return source == null ? null : absolute(Path.of(source));
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static Path absolute(Path p) {
        return p.toAbsolutePath().normalize();
    }
}
