package org.filo.output;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on an output folder, held for a whole run. Two runs appending to and rewriting the same
 * files lose records, so the second one must refuse. The lock is the operating system's (released when the
 * process dies, even by kill -9), on a {@code .lock} file that is left in place: deleting it would let a third
 * run lock a fresh file while the second still holds the old one.
 */
public final class OutputLock implements AutoCloseable {
    static final String LOCK_FILE = ".lock";

    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Why a folder cannot be used, as one sentence for the user. */
    public static final class Refused extends Exception {
        Refused(String sentence) {
            super(sentence);
        }
    }

    /**
     * Creates the folder if needed and locks it; refuses when it is not a writable folder or another run
     * holds it. Cheap, so callers do it before loading the models.
     */
    public static OutputLock acquire(Path dir) throws Refused {
        for (Path p = dir.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p) && !Files.isDirectory(p)) {
                throw new Refused("--out must be a folder, and " + p + " is a file");
            }
        }
        FileChannel channel;
        try {
            Files.createDirectories(dir);
            if (!Files.isWritable(dir)) {
                throw new AccessDeniedException(dir.toString());
            }
            channel = FileChannel.open(dir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (AccessDeniedException e) {
            throw new Refused("cannot write to the output folder " + dir
                    + " (it is read-only, or this user may not write there)");
        } catch (IOException e) {
            throw new Refused("cannot write to the output folder " + dir + ": " + e.getMessage());
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // this JVM already holds it: another run in the same process
        } catch (IOException e) {
            closeQuietly(channel);
            throw new Refused("cannot lock the output folder " + dir + ": " + e.getMessage());
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new Refused("another run is writing to " + dir + "; wait for it to end or choose another --out");
        }
        return new OutputLock(channel, lock);
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // the refusal is what the user needs to hear
        }
    }
}
