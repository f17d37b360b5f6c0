package org.filo.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** CAMEO and PLOVER codes of a contact, by the rules of models/dataset/event-codes.tsv (first match wins). */
final class EventCodes {
    /** A code pair; {@code ploverMode} is null where PLOVER has no mode for it. */
    record Codes(String cameo, String ploverMode) {
    }

    /** One row of the file, with the example it must match. */
    record Rule(String channel, String status, boolean multilateral, Pattern wording, Codes codes,
                String exampleTrigger, String exampleSentence, int line) {
        boolean matches(String ch, String st, int participants, String text) {
            return ("*".equals(channel) || channel.equals(ch)) && ("*".equals(status) || status.equals(st))
                    && (!multilateral || participants >= 3) && (wording == null || wording.matcher(text).find());
        }
    }

    private final List<Rule> rules;

    private EventCodes(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    static EventCodes load(Path file) {
        List<Rule> rules = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 7) {
                    throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected 7 tab-separated fields");
                }
                String[] example = f[6].split("\\|", 2);
                rules.add(new Rule(f[0], f[1], "3+".equals(f[2]), "*".equals(f[3]) ? null : Pattern.compile(f[3]),
                        new Codes(f[4], "*".equals(f[5]) ? null : f[5]), example[0],
                        example.length > 1 ? example[1] : "", i + 1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (rules.isEmpty() || rules.get(rules.size() - 1).wording() != null) {
            throw new IllegalArgumentException(file + ": the last rule must match any wording");
        }
        return new EventCodes(rules);
    }

    List<Rule> rules() {
        return rules;
    }

    /** {@code wording}: the triggers and sentences of the contact's mentions. */
    Codes codes(String channel, String status, int participants, String wording) {
        String text = wording.toLowerCase(Locale.ROOT);
        for (Rule r : rules) {
            if (r.matches(channel, status, participants, text)) {
                return r.codes();
            }
        }
        throw new IllegalStateException("no code rule matched"); // unreachable: load() requires a catch-all last row
    }
}
