package org.filo.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.filo.ingest.Documents;
import org.filo.ingest.IngestConfig;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16 item 6: the whole hostile set in one batch (files generated here), with the outcome each one gets. Every
 * file has exactly one record, the batch ends, and nothing hostile is passed off as an article. XML is not a format
 * Filo reads; the zip bomb renamed .docx is refused by POI's record limit (PARSE_FAILED) before it expands.
 */
@Tag("models")
class HostileSetTest {
    private static final String ITALIAN = Documents.ITALIAN_PARAGRAPH;
    private static final String LAUGHS = "<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
            + "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
            + "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">"
            + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
            + "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">"
            + "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">"
            + "<!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">"
            + "<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">"
            + "<!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">"
            + "<!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">]>";

    @TempDir
    Path tmp;

    /** File name → expected status. */
    private static final Map<String, String> EXPECTED = new TreeMap<>(Map.ofEntries(
            Map.entry("laughs.html", "OK"),
            Map.entry("laughs.xml", "UNSUPPORTED_TYPE"),
            Map.entry("laughs.docx", "PARSE_FAILED"),
            Map.entry("zip-bomb.docx", "PARSE_FAILED"),
            Map.entry("docx-bomb.docx", "TOO_LARGE"),
            Map.entry("truncated.pdf", "PARSE_FAILED"),
            Map.entry("invalid-utf8.txt", "OK"),
            Map.entry("nul-bytes.txt", "UNSUPPORTED_TYPE"),
            Map.entry("utf16-no-bom.txt", "UNSUPPORTED_TYPE"),
            Map.entry("exactly-10mb.txt", "OK"),
            Map.entry("10mb-plus-one.txt", "TOO_LARGE"),
            Map.entry("nome con spazi.txt", "OK"),
            Map.entry("virgolette \"doppie\" e 'singole'.txt", "OK"),
            Map.entry("tab\tnel nome.txt", "OK"),
            Map.entry("a capo\nnel nome.txt", "OK")));

    @Test
    void everyHostileFileGetsOneRecordWithItsOutcomeAndTheBatchEnds() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (Map.Entry<String, byte[]> f : files().entrySet()) {
            Files.write(in.resolve(f.getKey()), f.getValue());
        }
        Path out = tmp.resolve("out");
        assertTimeoutPreemptively(Duration.ofMinutes(5), () -> BatchFixtures.extract(List.of(in), out, 2),
                "the batch ends");
        Map<String, String> got = new TreeMap<>();
        for (JsonNode d : BatchFixtures.records(out.resolve("documents.jsonl"))) {
            String name = Path.of(d.get("source").asText()).getFileName().toString();
            assertEquals(null, got.put(name, d.get("status").asText()), "one record per file: " + name);
            assertFalse(d.get("status").asText().equals("OK") ^ d.get("error").isNull(),
                    name + ": an error sentence exactly when not OK: " + d.get("error"));
            if (name.startsWith("laughs")) {
                assertFalse(d.get("text").asText().contains("lollol"), name + ": no entity was expanded");
            }
        }
        assertEquals(EXPECTED, got);
    }

    private static Map<String, byte[]> files() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("laughs.html", utf8(LAUGHS + "<html><head><title>&lol9;</title></head><body><p>" + ITALIAN
                + "</p><p>&lol9;</p></body></html>"));
        files.put("laughs.xml", utf8("<?xml version=\"1.0\"?>" + LAUGHS + "<lolz><p>" + ITALIAN + "</p>&lol9;</lolz>"));
        files.put("laughs.docx", laughsDocx());
        files.put("zip-bomb.docx", zipOf("zeros.bin", new byte[200 << 20]));
        files.put("docx-bomb.docx", Documents.docxBomb(10_000_000));
        byte[] pdf = Documents.pdf(ITALIAN);
        files.put("truncated.pdf", Arrays.copyOf(pdf, pdf.length / 2));
        files.put("invalid-utf8.txt", concat(utf8(ITALIAN + " "), new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, ' '},
                utf8(ITALIAN)));
        files.put("nul-bytes.txt", utf8(ITALIAN.replace(" ", " \0")));
        files.put("utf16-no-bom.txt", (ITALIAN + " " + ITALIAN).getBytes(StandardCharsets.UTF_16LE));
        files.put("exactly-10mb.txt", padded(IngestConfig.DEFAULT_MAX_BYTES));
        files.put("10mb-plus-one.txt", padded(IngestConfig.DEFAULT_MAX_BYTES + 1));
        for (String name : List.of("nome con spazi.txt", "virgolette \"doppie\" e 'singole'.txt", "tab\tnel nome.txt",
                "a capo\nnel nome.txt")) {
            files.put(name, utf8(ITALIAN));
        }
        return files;
    }

    /** An article padded with blank lines to exactly {@code size} bytes: the limit is on the file, not its words. */
    private static byte[] padded(long size) {
        byte[] bytes = new byte[(int) size];
        Arrays.fill(bytes, (byte) '\n');
        byte[] text = utf8(ITALIAN);
        System.arraycopy(text, 0, bytes, 0, text.length);
        return bytes;
    }

    private static byte[] laughsDocx() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] whole = Documents.docx(ITALIAN);
            try (var src = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(whole))) {
                for (ZipEntry e; (e = src.getNextEntry()) != null; ) {
                    zip.putNextEntry(new ZipEntry(e.getName()));
                    byte[] part = src.readAllBytes();
                    if (e.getName().equals("word/document.xml")) {
                        String xml = new String(part, StandardCharsets.UTF_8);
                        part = utf8(xml.replaceFirst("\\?>", "?>" + LAUGHS.replace("lolz", "w:document"))
                                .replace("</w:t>", "&lol9;</w:t>"));
                    }
                    zip.write(part);
                }
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] zipOf(String entry, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content);
        }
        return bytes.toByteArray();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
