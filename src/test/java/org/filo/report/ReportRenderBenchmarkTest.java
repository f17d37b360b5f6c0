package org.filo.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures (prints, asserts no time) a report of 10,000 synthetic events: writing the page in Java, loading
 * it in headless Chromium until every view is drawn, and re-drawing after a filter and a sort. The counts are
 * checked so the numbers are of a page that shows what it should.
 * {@code mvn -o test -Dtest=ReportRenderBenchmarkTest}
 */
@Tag("browser")
class ReportRenderBenchmarkTest {
    private static final int EVENTS = 10_000;
    private static final int ROUNDS = 3;

    @TempDir
    Path tmp;

    @Test
    void tenThousandEvents() throws Exception {
        List<SyntheticOutput.Written> data = SyntheticOutput.write(tmp, EVENTS, 5, SyntheticOutput.actors(61));
        long t0 = System.nanoTime();
        ReportInput input = ReportReader.read(tmp, Set.of());
        String html = new HtmlReport().render(new ReportData(input, null));
        long javaMs = (System.nanoTime() - t0) / 1_000_000;
        Path page = tmp.resolve("report.html");
        Files.writeString(page, html);
        long meetings = data.stream().filter(e -> e.channel().equals("MEETING")).count();
        int marks = data.stream().filter(e -> e.day() != null)
                .mapToInt(e -> e.names().size() * (e.names().size() - 1) / 2).sum();
        try (HeadlessChromium chromium = HeadlessChromium.start()) {
            for (int round = 1; round <= ROUNDS; round++) {
                chromium.open(page);
                JsonNode load = chromium.evaluate("({script: filoReport.renderMs, ready: filoReport.readyAt,"
                        + " counts: filoReport.counts})");
                assertEquals(EVENTS, load.path("counts").path("events").asInt());
                assertEquals(100, load.path("counts").path("tableRows").asInt());
                assertEquals(marks, load.path("counts").path("marks").asInt(), "every pair of every dated event");
                double filter = chromium.evaluate("(() => { const t = performance.now();"
                        + " const s = document.getElementById('f-channel'); s.value = 'MEETING';"
                        + " s.dispatchEvent(new Event('change')); return performance.now() - t; })()").asDouble();
                assertEquals(meetings, chromium.evaluate("filoReport.counts.events").asLong());
                double sort = chromium.evaluate("(() => { const t = performance.now();"
                        + " document.querySelector('#contacts th[data-key=parties]').click();"
                        + " return performance.now() - t; })()").asDouble();
                double clear = chromium.evaluate("(() => { const t = performance.now();"
                        + " document.getElementById('f-clear').click(); return performance.now() - t; })()").asDouble();
                assertEquals(EVENTS, chromium.evaluate("filoReport.counts.events").asInt());
                assertEquals(List.of(), chromium.errors());
                System.out.println("report benchmark round " + round + ", last render by view (ms): "
                        + chromium.evaluate("filoReport.viewMs"));
                System.out.printf("report benchmark round %d: %,d events, page %.1f MB written in %d ms (Java);"
                                + " browser: ready %.0f ms after navigation (script %.0f ms); filter %.0f ms,"
                                + " sort %.0f ms, clear %.0f ms; timeline %d marks in %d rows, graph %d nodes %d edges%n",
                        round, EVENTS, html.length() / 1e6, javaMs, load.path("ready").asDouble(),
                        load.path("script").asDouble(), filter, sort, clear,
                        load.path("counts").path("marks").asInt(), load.path("counts").path("timelineRows").asInt(),
                        load.path("counts").path("nodes").asInt(), load.path("counts").path("edges").asInt());
            }
        }
    }
}
