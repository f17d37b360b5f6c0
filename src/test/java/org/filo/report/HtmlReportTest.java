package org.filo.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The page is one file: no fetch, article text only inside the JSON element, escaped. */
class HtmlReportTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"t\":\"</script><b>&amp;\"}     | {\"t\":\"\\u003c/script\\u003e\\u003cb\\u003e\\u0026amp;\"}",
        "{\"t\":\"a\u2028b\u2029c\"}         | {\"t\":\"a\\u2028b\\u2029c\"}",
        "{\"t\":\"\uD83D\uDE00 plain\"}      | {\"t\":\"\uD83D\uDE00 plain\"}"
    })
    void jsonCannotLeaveItsScriptElement(String json, String escaped) {
        assertEquals(escaped, HtmlReport.escapeJson(json));
    }

    @Test
    void scriptTextCannotCloseItsElement() {
        assertEquals("var s = '<\\/script>'; var r = /<\\/SCRIPT/;", HtmlReport.safeInScript("var s = '</script>'; var r = /</SCRIPT/;"));
    }

    @Test
    void thePageIsSelfContainedAndCarriesArticleTextOnlyEscaped() throws IOException {
        SyntheticOutput.write(tmp, 8, 4, SyntheticOutput.actors(7));
        String page = new HtmlReport().render(new ReportData(ReportReader.read(tmp, Set.of()), null));
        assertFalse(page.contains("<script>window.filoPwned") || page.contains("<img src=x"),
                "the hostile markup appears only escaped");
        assertTrue(page.contains("\\u003cscript\\u003ewindow.filoPwned=1"), "and it is there, escaped");
        assertEquals(3, count(page, "<script"), "ECharts, the data and the page's script");
        Matcher remote = Pattern.compile("(?i)(src|href)\\s*=\\s*[\"']?(https?:)?//").matcher(page);
        assertFalse(remote.find(), () -> "a remote reference: " + page.substring(remote.start(), remote.end() + 40));
        assertTrue(page.contains("default-src 'none'"), "the policy that forbids any fetch");
        assertTrue(page.contains("echarts"), "ECharts is inlined");
        assertFalse(page.contains("/*FILO_"), "every slot filled");
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int at = s.indexOf(what); at >= 0; at = s.indexOf(what, at + 1)) {
            n++;
        }
        return n;
    }
}
