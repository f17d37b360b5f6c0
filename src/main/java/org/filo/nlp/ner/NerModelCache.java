package org.filo.nlp.ner;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * A file holding what {@link FastNer} needs, so that loads after the first skip the slow part of the
 * model: the classifier with the indexed factory installed and no stock gazette map (Java serialisation,
 * as CoreNLP writes it), and the gazette trie as primitive arrays. One file per model key (format
 * version, CoreNLP version, size and CRC of the model resource); the key is also stored inside and
 * checked, and a CRC32 of the whole file guards against damage.
 *
 * <p>Layout: magic, format version, key (UTF), gazette index ({@link GazetteIndex#writeTo}), length and
 * bytes of the serialised classifier, CRC32 of everything before it.
 */
final class NerModelCache {
    /** Bump when this layout, or a serialised class of ours (IndexedGazetteFeatureFactory), changes. */
    static final int FORMAT_VERSION = 1;
    private static final long MAGIC = 0x46494c4f4e455243L; // "FILONERC"
    private static final int BUFFER = 1 << 16;

    private final Path file;
    private final String modelKey;

    NerModelCache(Path dir, String modelKey) {
        this.modelKey = modelKey;
        this.file = dir.resolve("italian-ner-" + shortHash(modelKey) + ".cache");
    }

    Path file() {
        return file;
    }

    /** {@code $XDG_CACHE_HOME/filo}, else {@code ~/.cache/filo}. */
    static Path defaultDir(Map<String, String> env, String userHome) {
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "filo");
        }
        return Path.of(userHome, ".cache", "filo");
    }

    /** What identifies the model a cache was made from: a different jar or CoreNLP gives another key. */
    static String modelKey(String resource) {
        URL url = NerModels.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new NerModelException(resource + " is not on the classpath "
                    + "(is the stanford-corenlp models-italian jar on it?)");
        }
        try {
            URLConnection connection = url.openConnection();
            String content;
            if (connection instanceof JarURLConnection jar) {
                JarEntry entry = jar.getJarEntry();
                content = "size " + entry.getSize() + " crc " + Long.toHexString(entry.getCrc());
            } else {
                content = contentCrc(connection);
            }
            return "format " + FORMAT_VERSION + "; corenlp " + coreNlpVersion() + "; " + resource + " " + content;
        } catch (IOException e) {
            throw new NerModelException("cannot read " + resource + ": " + e, e);
        }
    }

    /**
     * The cached tagger; empty if there is no cache file. A file that is there but unusable (damaged,
     * another model's, another format) is an exception: the caller loads in full and rewrites it.
     */
    Optional<FastNer> read() throws IOException, ClassNotFoundException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        int maxCount = (int) Math.min(Integer.MAX_VALUE, Files.size(file));
        CheckedInputStream checked = new CheckedInputStream(
                new BufferedInputStream(Files.newInputStream(file), BUFFER), new CRC32());
        GazetteIndex gazette;
        byte[] classifierBytes;
        try (DataInputStream in = new DataInputStream(checked)) {
            if (in.readLong() != MAGIC || in.readInt() != FORMAT_VERSION) {
                throw new IOException("not a Filo NER cache of format " + FORMAT_VERSION);
            }
            String key = in.readUTF();
            if (!key.equals(modelKey)) {
                throw new IOException("cache of another model (" + key + ")");
            }
            gazette = GazetteIndex.readFrom(in, maxCount);
            classifierBytes = new byte[PrimitiveIO.readCount(in, maxCount)];
            in.readFully(classifierBytes);
            long crc = checked.getChecksum().getValue();
            if (in.readLong() != crc || in.read() != -1) {
                throw new IOException("checksum mismatch");
            }
        }
        CRFClassifier<CoreLabel> classifier;
        try (ObjectInputStream objects = new ObjectInputStream(new ByteArrayInputStream(classifierBytes))) {
            classifier = CRFClassifier.getClassifier(objects);
        }
        if (classifier.featureFactories.size() != 1
                || !(classifier.featureFactories.get(0) instanceof IndexedGazetteFeatureFactory)) {
            throw new IOException("cached classifier has feature factories " + classifier.featureFactories);
        }
        return Optional.of(NerModels.withIndexedGazette(classifier, gazette));
    }

    /** Writes the cache to a temporary file renamed into place, so a concurrent reader sees all or nothing. */
    void write(FastNer fast) throws IOException {
        ByteArrayOutputStream classifierBytes = new ByteArrayOutputStream(1 << 24);
        try (ObjectOutputStream objects = new ObjectOutputStream(classifierBytes)) {
            fast.classifier().serializeClassifier(objects);
        }
        Files.createDirectories(file.getParent());
        deleteAbandonedTempFiles();
        Path temp = Files.createTempFile(file.getParent(), file.getFileName() + ".", ".tmp");
        try {
            CheckedOutputStream checked = new CheckedOutputStream(
                    new BufferedOutputStream(Files.newOutputStream(temp), BUFFER), new CRC32());
            try (DataOutputStream out = new DataOutputStream(checked)) {
                out.writeLong(MAGIC);
                out.writeInt(FORMAT_VERSION);
                out.writeUTF(modelKey);
                fast.gazette().writeTo(out);
                out.writeInt(classifierBytes.size());
                classifierBytes.writeTo(out);
                out.writeLong(checked.getChecksum().getValue());
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Temporary files of writers killed mid-write; an hour old, no live writer still owns them. */
    private void deleteAbandonedTempFiles() throws IOException {
        FileTime hourAgo = FileTime.from(Instant.now().minus(Duration.ofHours(1)));
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(file.getParent(), "italian-ner-*.tmp")) {
            for (Path temp : temps) {
                if (Files.getLastModifiedTime(temp).compareTo(hourAgo) < 0) {
                    Files.deleteIfExists(temp);
                }
            }
        }
    }

    private static String coreNlpVersion() {
        String version = CRFClassifier.class.getPackage().getImplementationVersion();
        if (version != null) {
            return version;
        }
        URL location = CRFClassifier.class.getProtectionDomain().getCodeSource().getLocation();
        return String.valueOf(location);
    }

    private static String contentCrc(URLConnection connection) throws IOException {
        CRC32 crc = new CRC32();
        long size = 0;
        try (InputStream in = connection.getInputStream()) {
            byte[] buffer = new byte[BUFFER];
            for (int n; (n = in.read(buffer)) > 0; ) {
                crc.update(buffer, 0, n);
                size += n;
            }
        }
        return "size " + size + " crc " + Long.toHexString(crc.getValue());
    }

    private static String shortHash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
