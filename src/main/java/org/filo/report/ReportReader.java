package org.filo.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Reads an extract output folder for the report, forgiving what a killed or unfinished run leaves: a missing
 * file or an unreadable line becomes a warning shown in the page, not a failure. Events are read first
 * (they are few), then documents.jsonl is streamed once, each document's text kept only while its events'
 * sentences are cut out of it, or kept whole when the caller asks for it (the evaluation's context).
 */
public final class ReportReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReportReader() {
    }

    public static ReportInput read(Path folder, Set<String> keepTextOf) {
        if (!Files.isDirectory(folder)) {
            throw new ReportInputException("output folder not found: " + folder
                    + " (give the --out folder of ./filo extract)");
        }
        List<String> warnings = new ArrayList<>();
        Map<String, List<JsonNode>> eventsByDoc = new LinkedHashMap<>();
        lines(folder.resolve("events.jsonl"), warnings,
                (node, where) -> eventsByDoc.computeIfAbsent(node.path("doc_id").asText(""), k -> new ArrayList<>())
                        .add(node));
        List<ReportDocument> documents = new ArrayList<>();
        List<ReportEvent> events = new ArrayList<>();
        Map<String, String> texts = new HashMap<>();
        Set<String> seen = new HashSet<>();
        Path docsFile = folder.resolve("documents.jsonl");
        lines(docsFile, warnings, (node, where) -> {
            String docId = text(node, "doc_id");
            if (docId == null) {
                warnings.add(where + ": no doc_id; line skipped");
                return;
            }
            if (!seen.add(docId)) {
                warnings.add(where + ": doc_id " + docId + " appears again; line skipped");
                return;
            }
            documents.add(document(node, docId));
            String text = text(node, "text");
            List<JsonNode> own = eventsByDoc.remove(docId);
            if (own != null) {
                int[] cps = text == null ? new int[0] : text.codePoints().toArray();
                Map<String, List<EvidenceText.Range>> spans = EventRows.entitySpans(node);
                own.forEach(e -> events.add(EventRows.of(e, cps, spans, warnings)));
            }
            if (text != null && keepTextOf.contains(docId)) {
                texts.put(docId, text);
            }
        });
        eventsByDoc.forEach((docId, own) -> {
            warnings.add(own.size() + " event(s) of " + docId + " have no line in documents.jsonl; shown without"
                    + " their sentences");
            own.forEach(e -> events.add(EventRows.of(e, new int[0], Map.of(), warnings)));
        });
        return new ReportInput(folder.toString(), runDate(docsFile), documents, events, texts, warnings);
    }

    private static ReportDocument document(JsonNode n, String docId) {
        JsonNode dct = n.path("dct");
        return new ReportDocument(docId, text(n, "source"), text(n, "url"), text(n, "title"), text(dct, "value"),
                text(dct, "source"), text(n, "status"), text(n, "error"), text(n, "pipeline"),
                n.path("tokens").asInt(0));
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** Each parsable line, in order; a missing file or a broken line (a run killed mid-write) is a warning. */
    private static void lines(Path file, List<String> warnings, BiConsumer<JsonNode, String> each) {
        if (!Files.isRegularFile(file)) {
            warnings.add(file.getFileName() + " is missing: extract has not run here, or has not finished");
            return;
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String where = file.getFileName() + ":" + number;
                JsonNode node;
                try {
                    node = JSON.readTree(line);
                } catch (IOException e) {
                    warnings.add(where + ": not a JSON line (a run cut short?); skipped");
                    continue;
                }
                if (node == null || !node.isObject()) {
                    warnings.add(where + ": not a JSON object; skipped");
                    continue;
                }
                each.accept(node, where);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static String runDate(Path docsFile) {
        try {
            return Files.isRegularFile(docsFile)
                    ? DateTimeFormatter.ISO_INSTANT.format(Files.getLastModifiedTime(docsFile).toInstant()
                            .atOffset(ZoneOffset.UTC).withNano(0))
                    : null;
        } catch (IOException e) {
            return null;
        }
    }
}
