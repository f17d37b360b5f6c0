package org.filo.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Scores an output folder against a gold folder by the rules of annotation-guidelines.md. */
public final class Evaluator {
    private Evaluator() {
    }

    /** Reads both folders and scores them; a missing or malformed file raises {@link EvalInputException}. */
    public static EvalReport evaluate(Path goldFolder, Path outputFolder) {
        GoldSet gold = GoldReader.read(goldFolder);
        SystemOutput output = SystemReader.read(outputFolder);
        List<String> warnings = new ArrayList<>(output.warnings());
        List<String> missing = gold.docIds().stream().sorted()
                .filter(id -> !output.documents().containsKey(id)).toList();
        for (String id : missing) {
            warnings.add(id + ": gold document absent from the output; all its gold counts as missed");
        }
        int outside = (int) output.documents().keySet().stream().filter(id -> !gold.docIds().contains(id)).count();
        TimexScores timexes = TimexScorer.score(gold.docIds(), gold.timexes(), output.documents());
        EventScores events = EventScorer.score(gold, output, warnings);
        return new EvalReport(goldFolder.toString(), outputFolder.toString(), gold.docIds().size(), missing,
                outside, timexes, events, warnings);
    }

    /** Writes the report as pretty JSON with snake_case field names. */
    public static void writeJson(EvalReport report, Path file) throws IOException {
        new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(file.toFile(), report);
    }
}
