package org.filo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./filo report}: exit codes of cli.md; an empty folder still gives a page (its empty state). */
class ReportCommandTest {
    @TempDir
    Path tmp;

    @Test
    void anAbsentFolderIsThreeAndWritesNothing() {
        assertEquals(3, Main.run("report", tmp.resolve("absent").toString()));
        assertFalse(Files.exists(tmp.resolve("absent")));
    }

    @Test
    void anAbsentGoldFolderIsThree() throws IOException {
        Files.writeString(tmp.resolve("documents.jsonl"), "");
        Files.writeString(tmp.resolve("events.jsonl"), "");
        assertEquals(3, Main.run("report", tmp.toString(), "--gold", tmp.resolve("no-gold").toString()));
        assertFalse(Files.exists(tmp.resolve("report.html")));
    }

    @Test
    void noFolderIsBadUsage() {
        assertEquals(2, Main.run("report"));
    }

    @Test
    void anEmptyFolderGivesTheEmptyStatePage() throws IOException {
        Path page = tmp.resolve("elsewhere.html");
        assertEquals(0, Main.run("report", tmp.toString(), "--html", page.toString()));
        String html = Files.readString(page);
        assertTrue(html.contains("id=\"empty\""));
        assertTrue(html.contains("documents.jsonl is missing"), "the reason reaches the page");
    }
}
