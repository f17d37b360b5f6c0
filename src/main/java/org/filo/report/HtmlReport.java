package org.filo.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * One HTML file that opens from disk with no network: the page, its style, its script, ECharts (read from
 * the WebJar on the classpath) and the data are all inlined. Article text reaches the page only as JSON
 * inside a non-executed script element, with every {@code <}, {@code >} and {@code &} escaped, and the
 * page's script writes it with {@code textContent}: an article holding {@code <script>} shows it as text.
 */
public final class HtmlReport implements ReportRenderer {
    static final String ECHARTS = "/META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";
    private static final String HERE = "/org/filo/report/";
    private static final String LIBRARY_SLOT = "/*FILO_ECHARTS*/";
    private static final String DATA_SLOT = "/*FILO_DATA*/";

    private final String template;
    private final String library;

    /** Reads the page template and ECharts once; a missing resource is a broken build. */
    public HtmlReport() {
        String page = resource(HERE + "report.html");
        this.template = page.replace("/*FILO_CSS*/", resource(HERE + "report.css"))
                .replace("/*FILO_APP*/", safeInScript(resource(HERE + "report-parts.js") + "\n"
                        + resource(HERE + "report.js")));
        this.library = safeInScript(resource(ECHARTS));
    }

    @Override
    public String render(ReportData data) {
        String json;
        try {
            json = new ObjectMapper().writeValueAsString(ReportPayload.of(data));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("report data did not serialise", e);
        }
        // Replacements run on the template only: data and library never pass through replace() patterns.
        int lib = template.indexOf(LIBRARY_SLOT);
        int dat = template.indexOf(DATA_SLOT);
        return template.substring(0, lib) + library + template.substring(lib + LIBRARY_SLOT.length(), dat)
                + escapeJson(json) + template.substring(dat + DATA_SLOT.length());
    }

    /** JSON text that cannot end its script element or open a comment: those characters only occur in strings. */
    static String escapeJson(String json) {
        StringBuilder out = new StringBuilder(json.length() + 64);
        json.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case 0x2028 -> out.append("\\u2028");
                case 0x2029 -> out.append("\\u2029");
                default -> out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /** Script text that cannot close its element early ({@code <\/} means the same in JS strings and regexes). */
    static String safeInScript(String js) {
        return js.replaceAll("(?i)</(script)", "<\\\\/$1");
    }

    private static String resource(String path) {
        try (InputStream in = HtmlReport.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing from the classpath: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
