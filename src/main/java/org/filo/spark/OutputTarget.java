package org.filo.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.filo.output.OutputLock;
import org.filo.output.OutputStore;

/**
 * Where the job's records go. A local --out is extract's folder, held by extract's lock. A Hadoop FS --out
 * (hdfs://, s3a://, file://) is worked on through a local staging folder: the records already there are
 * downloaded first (so incrementality and extract's store work unchanged), and the compacted files are
 * uploaded at the end, events before documents (documents is the commit mark: a reader of a half-uploaded
 * folder drops events of documents it has not got, as the store does). The Hadoop folder is held by a
 * {@code .lock-spark} file created only if absent; a run that dies leaves it, and the refusal says so.
 */
final class OutputTarget implements AutoCloseable {
    /** Not extract's .lock: a local folder written by extract keeps that file, unlocked, after its run. */
    static final String LOCK = ".lock-spark";
    private final java.nio.file.Path storeDir;
    private final String location;
    private final OutputLock localLock;
    private final FileSystem fs;
    private final Path remote;

    private OutputTarget(java.nio.file.Path storeDir, String location, OutputLock localLock, FileSystem fs,
                         Path remote) {
        this.storeDir = storeDir;
        this.location = location;
        this.localLock = localLock;
        this.fs = fs;
        this.remote = remote;
    }

    /** Why the output cannot be used, as one sentence for the user (exit 2, as extract). */
    static final class Refused extends Exception {
        Refused(String sentence) {
            super(sentence);
        }
    }

    static OutputTarget open(String out, Configuration conf) throws IOException, Refused {
        if (!SparkConfig.isHadoop(out)) {
            java.nio.file.Path dir = java.nio.file.Path.of(out);
            return new OutputTarget(dir, dir.toAbsolutePath().toString(), lock(dir), null, null);
        }
        Path remote = new Path(out);
        FileSystem fs = remote.getFileSystem(conf);
        if (fs.exists(remote) && !fs.getFileStatus(remote).isDirectory()) {
            throw new Refused("--out must be a folder, and " + out + " is a file");
        }
        fs.mkdirs(remote);
        Path lock = new Path(remote, LOCK);
        try {
            fs.create(lock, false).close();
        } catch (FileAlreadyExistsException e) {
            throw new Refused("another run is writing to " + out + " (or one died: if none is running, delete "
                    + lock + ")");
        }
        try {
            java.nio.file.Path staging = Files.createTempDirectory("filo-spark-out");
            for (String name : List.of(OutputStore.DOCUMENTS, OutputStore.EVENTS)) {
                Path file = new Path(remote, name);
                if (fs.exists(file)) {
                    try (InputStream in = fs.open(file)) {
                        Files.copy(in, staging.resolve(name));
                    }
                }
            }
            return new OutputTarget(staging, fs.makeQualified(remote).toString(), lock(staging), fs, remote);
        } catch (IOException | Refused | RuntimeException e) {
            fs.delete(lock, false);
            throw e;
        }
    }

    private static OutputLock lock(java.nio.file.Path dir) throws Refused {
        try {
            return OutputLock.acquire(dir);
        } catch (OutputLock.Refused e) {
            throw new Refused(e.getMessage());
        }
    }

    /** The local folder extract's output store works in. */
    java.nio.file.Path storeDir() {
        return storeDir;
    }

    /** The output folder as Spark's readers and writers name it. */
    String location() {
        return location;
    }

    /** A file or folder of the output, as Spark's readers and writers name it. */
    String location(String child) {
        return location + "/" + child;
    }

    /** Puts the closed store's files in place (a local target already has them). */
    void publish() throws IOException {
        if (fs == null) {
            return;
        }
        for (String name : List.of(OutputStore.EVENTS, OutputStore.DOCUMENTS)) {
            Path part = new Path(remote, "." + name + ".uploading");
            try (OutputStream o = fs.create(part, true)) {
                Files.copy(storeDir.resolve(name), o);
            }
            Path target = new Path(remote, name);
            fs.delete(target, false);
            if (!fs.rename(part, target)) {
                throw new IOException("cannot rename " + part + " to " + target);
            }
        }
    }

    @Override
    public void close() throws IOException {
        localLock.close();
        if (fs != null) {
            fs.delete(new Path(remote, LOCK), false);
            try (Stream<java.nio.file.Path> walk = Files.walk(storeDir)) {
                for (java.nio.file.Path p : (Iterable<java.nio.file.Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
