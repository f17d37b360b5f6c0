package org.filo.report;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A headless Chromium driven through the DevTools protocol (one page, one WebSocket): loads a file, waits for
 * the report's script to say it is ready, evaluates expressions, collects console errors and uncaught
 * exceptions, takes screenshots. Skips the test (not fails) when no Chromium is installed; .ci/install-browser
 * installs it. The waits are guards against a hung browser, not measurements.
 */
final class HeadlessChromium implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://[^/]+)/");
    private static final long GUARD_SECONDS = 120;

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<String> errors = Collections.synchronizedList(new ArrayList<>());

    private HeadlessChromium(Process process, Path profile, WebSocket socket) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
    }

    /** The browser named by FILO_CHROMIUM, else chromium on the PATH; the test is skipped when there is none. */
    static HeadlessChromium start() throws Exception {
        String binary = binary();
        assumeTrue(binary != null, "skipped: no Chromium (run .ci/install-browser, or set FILO_CHROMIUM)");
        Path profile = Files.createTempDirectory("filo-chromium");
        Process p = new ProcessBuilder(binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--remote-debugging-port=0", "--window-size=1400,1000", "about:blank")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String http = null;
        BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
        for (String line; http == null && (line = err.readLine()) != null; ) {
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                http = m.group(1).replace("ws://", "http://");
            }
        }
        if (http == null) {
            p.destroyForcibly();
            throw new IOException("Chromium exited without opening DevTools");
        }
        Thread drain = new Thread(() -> err.lines().forEach(l -> { }), "chromium-stderr");
        drain.setDaemon(true);
        drain.start();
        HttpClient client = HttpClient.newHttpClient();
        JsonNode targets = JSON.readTree(client.send(HttpRequest.newBuilder(URI.create(http + "/json/list")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        String page = null;
        for (JsonNode t : targets) {
            if ("page".equals(t.path("type").asText())) {
                page = t.path("webSocketDebuggerUrl").asText();
            }
        }
        if (page == null) {
            p.destroyForcibly();
            throw new IOException("Chromium opened no page");
        }
        HeadlessChromium[] self = new HeadlessChromium[1];
        WebSocket ws = client.newWebSocketBuilder().buildAsync(URI.create(page), new WebSocket.Listener() {
            private final StringBuilder message = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
                message.append(data);
                if (last) {
                    String text = message.toString();
                    message.setLength(0);
                    if (self[0] != null) {
                        self[0].receive(text);
                    }
                }
                w.request(1);
                return null;
            }
        }).get(GUARD_SECONDS, TimeUnit.SECONDS);
        // The listener may fire only after the constructor: it reads self[0] on the first message it gets.
        HeadlessChromium chromium = new HeadlessChromium(p, profile, ws);
        self[0] = chromium;
        chromium.call("Runtime.enable", JSON.createObjectNode());
        chromium.call("Log.enable", JSON.createObjectNode());
        chromium.call("Page.enable", JSON.createObjectNode());
        return chromium;
    }

    private static String binary() {
        String named = System.getenv("FILO_CHROMIUM");
        if (named != null && !named.isBlank()) {
            return named;
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            for (String name : new String[] {"chromium", "chromium-browser"}) {
                if (Files.isExecutable(Path.of(dir, name))) {
                    return Path.of(dir, name).toString();
                }
            }
        }
        return null;
    }

    private void receive(String text) {
        try {
            JsonNode msg = JSON.readTree(text);
            if (msg.has("id")) {
                CompletableFuture<JsonNode> f = pending.remove(msg.get("id").asInt());
                if (f != null) {
                    f.complete(msg);
                }
                return;
            }
            String method = msg.path("method").asText();
            JsonNode params = msg.path("params");
            if (method.equals("Runtime.exceptionThrown")) {
                errors.add("exception: " + params.path("exceptionDetails").path("exception").path("description")
                        .asText(params.path("exceptionDetails").path("text").asText()));
            } else if (method.equals("Runtime.consoleAPICalled") && params.path("type").asText().equals("error")) {
                errors.add("console.error: " + params.path("args").toString());
            } else if (method.equals("Log.entryAdded") && params.path("entry").path("level").asText().equals("error")) {
                errors.add("log: " + params.path("entry").path("text").asText());
            }
        } catch (IOException e) {
            errors.add("unreadable DevTools message: " + e.getMessage());
        }
    }

    JsonNode call(String method, ObjectNode params) {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        ObjectNode msg = JSON.createObjectNode().put("id", id).put("method", method);
        msg.set("params", params);
        socket.sendText(msg.toString(), true).join();
        try {
            JsonNode r = reply.get(GUARD_SECONDS, TimeUnit.SECONDS);
            if (r.has("error")) {
                throw new IllegalStateException(method + ": " + r.get("error"));
            }
            return r.path("result");
        } catch (Exception e) {
            throw new IllegalStateException(method + " got no reply", e);
        }
    }

    /** Opens a file and waits until the report's script has finished its first render (or failed). */
    void open(Path file) throws InterruptedException {
        errors.clear();
        call("Page.navigate", JSON.createObjectNode().put("url", file.toUri().toString()));
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(GUARD_SECONDS);
        while (!evaluate("!!(window.filoReport && window.filoReport.ready)").asBoolean()) {
            if (System.nanoTime() > until || !errors.isEmpty()) {
                throw new IllegalStateException("the report never became ready; errors: " + errors);
            }
            Thread.sleep(50);
        }
    }

    /** The value of a JavaScript expression (JSON-serialisable); a thrown exception fails the call. */
    JsonNode evaluate(String expression) {
        JsonNode r = call("Runtime.evaluate", JSON.createObjectNode().put("expression", expression)
                .put("returnByValue", true).put("awaitPromise", true));
        if (r.has("exceptionDetails")) {
            throw new IllegalStateException(expression + " threw " + r.get("exceptionDetails"));
        }
        return r.path("result").path("value");
    }

    List<String> errors() {
        return List.copyOf(errors);
    }

    /** A PNG of the whole page, not only the window. */
    void screenshot(Path png) throws IOException {
        JsonNode size = call("Page.getLayoutMetrics", JSON.createObjectNode()).path("cssContentSize");
        screenshot(png, 0, size.path("height").asDouble());
    }

    /** A PNG of the page's full width from {@code top} to {@code bottom} (CSS pixels from the page's top). */
    void screenshot(Path png, double top, double bottom) throws IOException {
        JsonNode size = call("Page.getLayoutMetrics", JSON.createObjectNode()).path("cssContentSize");
        ObjectNode params = JSON.createObjectNode().put("format", "png").put("captureBeyondViewport", true);
        params.putObject("clip").put("x", 0).put("y", top).put("width", size.path("width").asDouble())
                .put("height", bottom - top).put("scale", 1);
        String data = call("Page.captureScreenshot", params).path("data").asText();
        Files.createDirectories(png.toAbsolutePath().getParent());
        Files.write(png, Base64.getDecoder().decode(data));
    }

    @Override
    public void close() throws IOException {
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(5, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // the browser is killed below either way
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try (var walk = Files.walk(profile)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }
}
