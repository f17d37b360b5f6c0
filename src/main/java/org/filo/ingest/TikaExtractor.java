package org.filo.ingest;

import java.io.InputStream;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.TeeContentHandler;
import org.filo.model.Status;
import org.xml.sax.ContentHandler;

/**
 * Runs Tika's AutoDetectParser on one file's bytes with a write limit and a time limit, and turns every way
 * a parse can go wrong into an {@link IngestFailure}. AutoDetectParser is thread-safe, so one extractor
 * serves all workers; each parse runs on a pooled daemon thread so that it can be abandoned on timeout.
 */
final class TikaExtractor implements AutoCloseable {
    /** The text, what the file's metadata said, and for HTML what its structure says of the text. */
    record Extracted(String text, Metadata metadata, PageLayout layout) {
    }

    /** Office text deflates 3-5 times, so text 20 times the size of the file comes from a compression bomb. */
    private static final long ZIP_BOMB_RATIO = 20;

    private final Parser parser;
    private final IngestConfig config;
    private final ExecutorService pool = Executors.newCachedThreadPool(runnable -> {
        Thread t = new Thread(runnable, "filo-tika-parse");
        t.setDaemon(true); // a parse that ignores interruption must not keep the JVM alive
        return t;
    });

    TikaExtractor(IngestConfig config) {
        this(config, new AutoDetectParser());
    }

    /** With another parser: tests use one that never returns, to see the time limit at work. */
    TikaExtractor(IngestConfig config, Parser parser) {
        this.config = config;
        this.parser = parser;
    }

    /** {@code html}: also record the page's layout (sectioning elements and links) beside its text. */
    Extracted extract(byte[] bytes, String fileName, String typeName, boolean html) throws IngestFailure {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        BodyContentHandler handler = new BodyContentHandler(config.maxChars());
        ParseContext context = new ParseContext();
        context.set(Parser.class, parser); // e-mail bodies arrive as embedded parts
        LayoutRecorder recorder = html ? LayoutRecorder.create() : null;
        if (html) {
            context.set(HtmlMapper.class, LayoutHtmlMapper.INSTANCE);
        }
        ContentHandler target = html ? new TeeContentHandler(handler, new BodyContentHandler(recorder)) : handler;
        Callable<Void> parse = () -> {
            try (InputStream in = TikaInputStream.get(bytes)) {
                parser.parse(in, target, metadata, context);
            }
            return null;
        };
        Future<Void> future = pool.submit(parse);
        try {
            future.get(config.parseTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new IngestFailure(Status.TIMEOUT, "Parsing this " + typeName + " file took longer than "
                    + config.parseTimeout().toSeconds() + " s, the time limit per file, and was abandoned.");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new IngestFailure(Status.FAILED, "The batch was interrupted while this file was being parsed.");
        } catch (ExecutionException e) {
            throw classify(e.getCause(), typeName, bytes.length);
        }
        String text = handler.toString();
        // the recorder counts what the text handler wrote; should they ever disagree, no layout beats a wrong one
        PageLayout layout = recorder != null && recorder.length() == text.length() ? recorder.layout() : PageLayout.NONE;
        return new Extracted(text, metadata, layout);
    }

    private IngestFailure classify(Throwable cause, String typeName, int size) {
        if (WriteLimitReachedException.isWriteLimitReached(cause)) {
            long ratio = config.maxChars() / Math.max(1, size);
            String bomb = ratio >= ZIP_BOMB_RATIO ? ", over " + ratio + " times its size on disk (a suspected zip bomb)" : "";
            return new IngestFailure(Status.TOO_LARGE, "The text extracted from this " + typeName
                    + " file exceeds the limit of " + config.maxChars() + " characters" + bomb + ".", cause);
        }
        for (Throwable t = cause; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("zip bomb")) {
                return new IngestFailure(Status.TOO_LARGE, "This " + typeName + " file expands far beyond its"
                        + " size when unpacked (a suspected zip bomb), so its text was not extracted.", cause);
            }
            if (t instanceof EncryptedDocumentException) {
                return new IngestFailure(Status.PARSE_FAILED, "This " + typeName
                        + " file is encrypted or password-protected, so its text cannot be read.", cause);
            }
        }
        return new IngestFailure(Status.PARSE_FAILED, "Tika could not parse this " + typeName
                + " file, which looks damaged or truncated (" + rootMessage(cause) + ").", cause);
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        String text = root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
