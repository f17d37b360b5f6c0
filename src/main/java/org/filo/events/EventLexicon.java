package org.filo.events;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.filo.model.Channel;

/** Triggers and context cues of the event stage, read once from models/events/. */
final class EventLexicon {
    static final String TRIGGERS = "triggers.tsv";
    static final String CUES = "cues.tsv";
    static final String SIDES = "sides.tsv";

    private final List<TriggerRule> triggers;
    private final List<Cue> cues;
    private final Set<String> oppositionNames;

    EventLexicon(List<TriggerRule> triggers, List<Cue> cues, Set<String> oppositionNames) {
        this.oppositionNames = Set.copyOf(oppositionNames);
        // Longest patterns first, so "colloquio telefonico" wins over "colloquio".
        List<TriggerRule> sorted = new ArrayList<>(triggers);
        sorted.sort(Comparator.comparingInt((TriggerRule r) -> -r.pattern().length()));
        this.triggers = List.copyOf(sorted);
        List<Cue> sortedCues = new ArrayList<>(cues);
        sortedCues.sort(Comparator.comparingInt((Cue c) -> -c.pattern().length()));
        this.cues = List.copyOf(sortedCues);
    }

    static EventLexicon load(Path eventsDir) throws IOException {
        List<TriggerRule> triggers = new ArrayList<>();
        for (String[] row : rows(eventsDir.resolve(TRIGGERS), 5)) {
            Set<TriggerRule.Flag> flags = EnumSet.noneOf(TriggerRule.Flag.class);
            if (!row[3].equals("-")) {
                for (String flag : row[3].split(",")) {
                    flags.add(TriggerRule.Flag.valueOf(flag.trim()));
                }
            }
            boolean verb = switch (row[2]) {
                case "VERB" -> true;
                case "NOUN" -> false;
                default -> throw new IllegalArgumentException("kind must be NOUN or VERB, not " + row[2]);
            };
            triggers.add(new TriggerRule(TokenPattern.parse(row[0]), Channel.valueOf(row[1]), verb, flags, row[4]));
        }
        List<Cue> cues = new ArrayList<>();
        for (String[] row : rows(eventsDir.resolve(CUES), 3)) {
            cues.add(new Cue(TokenPattern.parse(row[0]), Cue.Category.valueOf(row[1].toUpperCase(Locale.ROOT)), row[2]));
        }
        Set<String> opposition = new java.util.HashSet<>();
        for (String[] row : rows(eventsDir.resolve(SIDES), 2)) {
            if (!row[1].equals("OPPOSITION")) {
                throw new IOException(eventsDir.resolve(SIDES) + ": side must be OPPOSITION, not " + row[1]);
            }
            opposition.add(row[0]);
        }
        return new EventLexicon(triggers, cues, opposition);
    }

    /** Actor names that are the opposition side of a civil conflict (sides.tsv). */
    Set<String> oppositionNames() {
        return oppositionNames;
    }

    /** The rows of a tab-separated lexicon file of models/events, each with exactly {@code columns} cells. */
    static List<String[]> rows(Path file, int columns) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("event lexicon file missing: " + file);
        }
        List<String[]> rows = new ArrayList<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != columns) {
                throw new IOException(file + ":" + lineNo + ": expected " + columns + " tab-separated columns, found "
                        + cells.length);
            }
            rows.add(cells);
        }
        return rows;
    }

    List<TriggerRule> triggers() {
        return triggers;
    }

    List<Cue> cues() {
        return cues;
    }

    /** Non-overlapping trigger matches over normalised tokens, left to right, longest first at each position. */
    List<TriggerHit> findTriggers(List<String> normalized) {
        List<TriggerHit> hits = new ArrayList<>();
        int i = 0;
        while (i < normalized.size()) {
            TriggerRule found = null;
            for (TriggerRule rule : triggers) {
                if (rule.pattern().matchesAt(normalized, i)) {
                    found = rule;
                    break;
                }
            }
            if (found == null) {
                i++;
            } else {
                hits.add(new TriggerHit(i, i + found.pattern().length(), found));
                i += found.pattern().length();
            }
        }
        return hits;
    }

    /** Cue matches over normalised tokens; a token may start cues of several categories. */
    List<CueHit> findCues(List<String> normalized) {
        List<CueHit> hits = new ArrayList<>();
        for (int i = 0; i < normalized.size(); i++) {
            for (Cue cue : cues) {
                if (cue.pattern().matchesAt(normalized, i)) {
                    hits.add(new CueHit(i, i + cue.pattern().length(), cue.category()));
                }
            }
        }
        return hits;
    }

    /** A trigger found in a sentence: token range [first, end) relative to the sentence. */
    record TriggerHit(int first, int end, TriggerRule rule) {
    }

    /** A cue found in a sentence: token range [first, end) relative to the sentence. */
    record CueHit(int first, int end, Cue.Category category) {
    }
}
