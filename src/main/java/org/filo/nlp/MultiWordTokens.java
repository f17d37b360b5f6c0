package org.filo.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Italian multi-word tokens as CoreNLP's models were trained on them ("della" → "di" "la", "parlarne" →
 * "parlar" "ne"), read from the table shipped in the models-italian artifact.
 */
public final class MultiWordTokens {
    public static final String TABLE = "edu/stanford/nlp/models/cdc-tokenize/it-multiword.txt";

    private final Map<String, List<String>> parts;

    public MultiWordTokens(Map<String, List<String>> parts) {
        this.parts = Map.copyOf(parts);
    }

    public static MultiWordTokens loadItalian() {
        try (InputStream in = MultiWordTokens.class.getClassLoader().getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException(TABLE + " is not on the classpath (models-italian artifact)");
            }
            Map<String, List<String>> parts = new HashMap<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    parts.putIfAbsent(line.substring(0, tab), List.of(line.substring(tab + 1).split(",")));
                }
            }
            return new MultiWordTokens(parts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The parts of a word, or the word alone. Elided forms ("dell’") are looked up with a plain apostrophe. */
    public List<String> expand(String word) {
        String key = word.replace('’', '\'');
        List<String> found = parts.get(key);
        if (found == null) {
            found = parts.get(key.toLowerCase(Locale.ROOT));
            if (found != null && Character.isUpperCase(word.charAt(0))) {
                String first = found.get(0);
                found = new java.util.ArrayList<>(found);
                found.set(0, Character.toUpperCase(first.charAt(0)) + first.substring(1));
            }
        }
        return found == null ? List.of(word) : found;
    }
}
