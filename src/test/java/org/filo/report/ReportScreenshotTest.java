package org.filo.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Takes the README's screenshot of a report page, when asked:
 * {@code mvn -o test -Dtest=ReportScreenshotTest -Dfilo.report.page=PAGE.html -Dfilo.report.png=OUT.png}
 * (optionally {@code -Dfilo.report.from=SECTION_ID -Dfilo.report.to=SECTION_ID}: the part of the page
 * from the top of one section to the bottom of another). Skipped without those properties.
 */
@Tag("browser")
class ReportScreenshotTest {
    @Test
    void screenshot() throws Exception {
        String page = System.getProperty("filo.report.page");
        String png = System.getProperty("filo.report.png");
        assumeTrue(page != null && png != null, "skipped: set filo.report.page and filo.report.png to take one");
        try (HeadlessChromium chromium = HeadlessChromium.start()) {
            chromium.open(Path.of(page).toAbsolutePath());
            String from = System.getProperty("filo.report.from", "");
            String to = System.getProperty("filo.report.to", "");
            JsonNode box = chromium.evaluate("(() => { const y = id => id ? document.getElementById(id)"
                    + ".getBoundingClientRect() : null; const a = y('" + from.replace("'", "") + "'),"
                    + " b = y('" + to.replace("'", "") + "');"
                    + " return [a ? a.top + scrollY : 0, b ? b.bottom + scrollY : document.body.scrollHeight + 20]; })()");
            chromium.screenshot(Path.of(png), box.get(0).asDouble(), box.get(1).asDouble());
            assertEquals(List.of(), chromium.errors());
        }
    }
}
