package org.filo.nlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/** Reads the language stage's data files from the project's models folder. */
public final class NlpResources {
    private NlpResources() {
    }

    /** {@code models/nlp/abbreviations.txt}: one abbreviation a line, # comments. */
    public static Set<String> abbreviations(Path modelsDir) {
        return lines(modelsDir.resolve("nlp/abbreviations.txt"));
    }

    static Set<String> lines(Path file) {
        try {
            Set<String> out = new LinkedHashSet<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    public static ItalianTokenizer tokenizer(Path modelsDir) {
        return new ItalianTokenizer(abbreviations(modelsDir));
    }
}
