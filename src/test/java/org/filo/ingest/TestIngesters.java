package org.filo.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Set;

/** One ingester for the whole test JVM: the language profiles take a second to load. */
final class TestIngesters {
    static final Path MODELS = Path.of("models");
    private static TikaIngester shared;

    private TestIngesters() {
    }

    static synchronized TikaIngester shared() {
        if (shared == null) {
            shared = create(IngestConfig.defaults());
        }
        return shared;
    }

    static TikaIngester create(IngestConfig config) {
        try {
            return TikaIngester.load(config, MODELS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static FurnitureRules rules() {
        try {
            return FurnitureRules.load(MODELS.resolve("ingest"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Set<String> functionWords() {
        try {
            return LanguageIdentifier.loadFunctionWords(MODELS.resolve("ingest"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Ingested ingest(Path file) {
        return shared().ingest(new SourceFile(file, "test", file.toString(), null, null, null));
    }
}
