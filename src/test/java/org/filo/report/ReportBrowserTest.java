package org.filo.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.filo.eval.Accuracy;
import org.filo.eval.EvalReport;
import org.filo.eval.EventListing;
import org.filo.eval.EventScores;
import org.filo.eval.Prf;
import org.filo.eval.TimexListing;
import org.filo.eval.TimexScores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report in a real browser: after its scripts ran, the DOM and the charts hold as many rows, marks,
 * nodes and edges as the data has (counted here independently of the page), a filter changes them, nothing
 * is logged as an error, and an article's {@code <script>} shows as text without running.
 */
@Tag("browser")
class ReportBrowserTest {
    private static final Path SHOTS = Path.of("target", "report-browser");
    private static HeadlessChromium chromium;

    @TempDir
    Path tmp;

    @BeforeAll
    static void startBrowser() throws Exception {
        chromium = HeadlessChromium.start();
    }

    @AfterAll
    static void stopBrowser() throws Exception {
        if (chromium != null) {
            chromium.close();
        }
    }

    private Path report(Path folder) {
        return report(folder, null);
    }

    private Path report(Path folder, EvalReport eval) {
        ReportInput input = ReportReader.read(folder, Set.of("batch/doc_00000"));
        Path page = tmp.resolve("report.html");
        try {
            Files.writeString(page, new HtmlReport().render(new ReportData(input, eval)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return page;
    }

    @Test
    void countsOnThePageEqualTheDataAndAFilterChangesThem() throws Exception {
        List<SyntheticOutput.Written> data = SyntheticOutput.write(tmp.resolve("out"), 40, 4, SyntheticOutput.actors(7));
        chromium.open(report(tmp.resolve("out")));
        assertCounts(data, e -> true);
        assertEquals(List.of(), chromium.errors());
        chromium.screenshot(SHOTS.resolve("synthetic.png"));

        chromium.evaluate("(() => { const s = document.getElementById('f-channel'); s.value = 'MEETING';"
                + " s.dispatchEvent(new Event('change')); })()");
        assertCounts(data, e -> e.channel().equals("MEETING"));
        assertNotEquals(data.size(), chromium.evaluate("filoReport.counts.events").asInt());

        chromium.evaluate("document.getElementById('f-clear').click()");
        assertCounts(data, e -> true);
        assertEquals(List.of(), chromium.errors());
    }

    private void assertCounts(List<SyntheticOutput.Written> data, Predicate<SyntheticOutput.Written> filter) {
        List<SyntheticOutput.Written> shown = data.stream().filter(filter).toList();
        Set<String> nodes = new TreeSet<>();
        Set<String> pairs = new HashSet<>();
        int marks = 0;
        for (SyntheticOutput.Written e : shown) {
            List<String> names = List.copyOf(new TreeSet<>(e.names()));
            nodes.addAll(names);
            for (int a = 0; a < names.size(); a++) {
                for (int b = a + 1; b < names.size(); b++) {
                    pairs.add(names.get(a) + "\u0001" + names.get(b));
                    marks += e.day() == null ? 0 : 1;
                }
            }
        }
        JsonNode page = chromium.evaluate("(() => {"
                + " const t = echarts.getInstanceByDom(document.getElementById('timeline')).getOption();"
                + " const g = echarts.getInstanceByDom(document.getElementById('graph')).getOption().series[0];"
                + " return {rows: document.querySelectorAll('#contacts tbody tr').length,"
                + "  marks: t.series.reduce((n, s) => n + s.data.length, 0),"
                + "  nodes: g.data.length, edges: g.links.length,"
                + "  summary: document.getElementById('f-summary').textContent}; })()");
        assertEquals(Math.min(100, shown.size()), page.get("rows").asInt(), "table rows");
        assertEquals(marks, page.get("marks").asInt(), "timeline marks");
        assertEquals(nodes.size(), page.get("nodes").asInt(), "graph nodes");
        assertEquals(pairs.size(), page.get("edges").asInt(), "graph edges");
        assertTrue(page.get("summary").asText().startsWith(shown.size() + " of " + data.size()), page.toString());
    }

    @Test
    void anArticlesScriptShowsAsTextAndDoesNotRun() throws Exception {
        SyntheticOutput.write(tmp.resolve("out"), 4, 4, SyntheticOutput.actors(7));
        chromium.open(report(tmp.resolve("out")));
        chromium.evaluate("document.querySelector('#contacts tbody tr').click()");
        JsonNode page = chromium.evaluate("({pwned: window.filoPwned === undefined ? null : window.filoPwned,"
                + " injected: document.querySelectorAll('img, script:not([type])').length,"
                + " evidence: document.getElementById('evidence').textContent})");
        assertTrue(page.get("pwned").isNull(), "the article's script ran");
        assertEquals(2, page.get("injected").asInt(), "only the page's own two scripts, no article element");
        assertTrue(page.get("evidence").asText().contains(SyntheticOutput.HOSTILE), page.get("evidence").asText());
        assertEquals(List.of(), chromium.errors());
    }

    @Test
    void anEmptyFolderShowsTheEmptyState() throws Exception {
        Files.createDirectories(tmp.resolve("empty"));
        chromium.open(report(tmp.resolve("empty")));
        JsonNode page = chromium.evaluate("({empty: !document.getElementById('empty').hidden,"
                + " views: !document.getElementById('views').hidden,"
                + " why: document.getElementById('empty-why').textContent,"
                + " warnings: document.querySelectorAll('#warnings li').length})");
        assertTrue(page.get("empty").asBoolean());
        assertFalse(page.get("views").asBoolean());
        assertTrue(page.get("why").asText().contains("./filo extract"));
        assertEquals(2, page.get("warnings").asInt(), "documents.jsonl and events.jsonl missing");
        assertEquals(List.of(), chromium.errors());
        chromium.screenshot(SHOTS.resolve("empty.png"));
    }

    @Test
    void clickingAGraphEdgeFiltersEveryView() throws Exception {
        List<SyntheticOutput.Written> data = SyntheticOutput.write(tmp.resolve("out"), 40, 4, SyntheticOutput.actors(7));
        chromium.open(report(tmp.resolve("out")));
        // The chart's click handler, as a click on the first edge calls it.
        JsonNode pair = chromium.evaluate("(() => { const c = echarts.getInstanceByDom(document.getElementById('graph'));"
                + " const link = c.getOption().series[0].links[0];"
                + " c.trigger('click', {dataType: 'edge', data: link}); return link.pair; })()");
        String a = pair.get(0).asText();
        String b = pair.get(1).asText();
        assertCounts(data, e -> e.names().contains(a) && e.names().contains(b));
        assertEquals(List.of(), chromium.errors());
    }

    @Test
    void theEvaluationListsEveryErrorInItsSentenceAndFollowsTheFilters() throws Exception {
        SyntheticOutput.write(tmp.resolve("out"), 8, 4, SyntheticOutput.actors(7));
        String hostile = "Disse " + SyntheticOutput.HOSTILE + " e chiamò.";
        List<EventListing.Missed> missed = List.of(
                new EventListing.Missed("batch/doc_00000", "G1", "MEETING", "OCCURRED", "2022-01-01", "A, B", hostile,
                        "no output event"),
                new EventListing.Missed("batch/doc_00000", "G2", "PHONE_CALL", "OCCURRED", null, "A, C", "Frase.", null),
                new EventListing.Missed("batch/doc_00001", "G3", "MEETING", "PLANNED", null, "B, C", "Altra.", null));
        List<EventListing.Spurious> spurious = List.of(
                new EventListing.Spurious("batch/doc_00001", "batch/doc_00001#E1", "MEETING", "OCCURRED", null, "A, B",
                        hostile, "no gold event"),
                new EventListing.Spurious("batch/doc_00001", "batch/doc_00001#E2", "MESSAGE", "OCCURRED", null, "A, B",
                        "Messaggio.", null));
        Prf prf = Prf.of(1, 2, 3);
        Accuracy acc = Accuracy.of(1, 1);
        TimexScores timexes = new TimexScores(prf, prf, acc, prf, acc, acc, 0, 0, 0,
                List.of(new TimexListing.Row("batch/doc_00000", 0, 6, "Titolo", "DATE", "2022", null)), List.of(),
                List.of());
        EventScores events = new EventScores(prf, prf, acc, acc, acc, acc, acc, 0, missed, spurious, List.of());
        EvalReport eval = new EvalReport("gold/", "out/", 2, List.of(), 0, timexes, events, List.of());
        chromium.open(report(tmp.resolve("out"), eval));
        assertEquals(List.of(3, 2, 1, 1), evalCounts());
        chromium.evaluate("(() => { const s = document.getElementById('f-channel'); s.value = 'MEETING';"
                + " s.dispatchEvent(new Event('change')); })()");
        assertEquals(List.of(2, 1, 1, 1), evalCounts());
        assertTrue(chromium.evaluate("window.filoPwned === undefined").asBoolean(), "a sentence's script ran");
        assertTrue(chromium.evaluate("document.getElementById('eval').textContent").asText().contains(hostile));
        assertEquals(List.of(), chromium.errors());
    }

    /** Items of missed and spurious events, missed timexes, and timexes marked in their sentence. */
    private List<Integer> evalCounts() {
        JsonNode n = chromium.evaluate("['#eval-missed-events li', '#eval-spurious-events li',"
                + " '#eval-missed-time-expressions li', '#eval-missed-time-expressions mark.timex']"
                + ".map(q => document.querySelectorAll(q).length)");
        return List.of(n.get(0).asInt(), n.get(1).asInt(), n.get(2).asInt(), n.get(3).asInt());
    }

    @Test
    void zoomingTheTimelineSetsTheDateFilterOfEveryView() throws Exception {
        List<SyntheticOutput.Written> data = SyntheticOutput.write(tmp.resolve("out"), 40, 4, SyntheticOutput.actors(7));
        chromium.open(report(tmp.resolve("out")));
        chromium.evaluate("echarts.getInstanceByDom(document.getElementById('timeline')).dispatchAction({type: 'dataZoom',"
                + " dataZoomIndex: 0, startValue: Date.UTC(2021, 0, 1), endValue: Date.UTC(2021, 11, 31)})");
        // The page waits for the slider to rest before filtering; wait for its render (a hang guard, not a timing).
        for (int i = 0; i < 200 && chromium.evaluate("filoReport.counts.events").asInt() == data.size(); i++) {
            Thread.sleep(50);
        }
        LocalDate from = LocalDate.of(2021, 1, 1);
        LocalDate to = LocalDate.of(2021, 12, 31);
        assertCounts(data, e -> e.day() != null && !e.day().isBefore(from) && !e.day().isAfter(to));
        assertEquals("2021-01-01", chromium.evaluate("document.getElementById('f-from').value").asText());
        assertEquals(List.of(), chromium.errors());
    }
}
