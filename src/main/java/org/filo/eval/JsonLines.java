package org.filo.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads JSON Lines files and typed fields out of them; every failure names the file and line. */
final class JsonLines {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonLines() {
    }

    /** One parsed line: the object and where it came from (for error messages). */
    record Line(JsonNode node, Path file, int number) {
        String where() {
            return file + ":" + number;
        }

        String requiredText(String field) {
            JsonNode v = node.get(field);
            if (v == null || !v.isTextual()) {
                throw new EvalInputException(where() + ": field '" + field + "' is missing or not a string");
            }
            return v.asText();
        }

        int requiredInt(String field) {
            JsonNode v = node.get(field);
            if (v == null || !v.canConvertToInt() || !v.isIntegralNumber()) {
                throw new EvalInputException(where() + ": field '" + field + "' is missing or not an integer");
            }
            return v.asInt();
        }
    }

    static void requireFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new EvalInputException("missing file: " + file);
        }
        if (!Files.isReadable(file)) {
            throw new EvalInputException("unreadable file: " + file);
        }
    }

    static List<Line> read(Path file) {
        requireFile(file);
        List<Line> lines = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String raw;
            int number = 0;
            while ((raw = in.readLine()) != null) {
                number++;
                if (number == 1 && raw.startsWith("\uFEFF")) {
                    raw = raw.substring(1);
                }
                if (raw.isBlank()) {
                    continue;
                }
                JsonNode node = parse(raw, file, number);
                if (!node.isObject()) {
                    throw new EvalInputException(file + ":" + number + ": not a JSON object");
                }
                lines.add(new Line(node, file, number));
            }
        } catch (IOException e) {
            throw new EvalInputException("unreadable file: " + file + " (" + e.getMessage() + ")", e);
        }
        return lines;
    }

    private static JsonNode parse(String raw, Path file, int number) {
        try {
            return MAPPER.readTree(raw);
        } catch (JsonProcessingException e) {
            throw new EvalInputException(file + ":" + number + ": malformed JSON ("
                    + e.getOriginalMessage() + ")", e);
        }
    }

    /** The text of a field, or null when it is absent or JSON null. */
    static String optText(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** A field that is either a string or an object holding {@code value} (the output's date and duration). */
    static String valueOf(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        return v.isObject() ? optText(v, "value") : v.asText();
    }

    /** A code-point span object {start, end[, text]}, or null when absent or incomplete. */
    static TextSpan span(JsonNode node) {
        if (node == null || !node.isObject() || !node.path("start").isIntegralNumber()
                || !node.path("end").isIntegralNumber()) {
            return null;
        }
        return new TextSpan(node.get("start").asInt(), node.get("end").asInt(), optText(node, "text"));
    }
}
