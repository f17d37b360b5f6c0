package org.filo.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.filo.model.Actor;
import org.filo.model.ActorKind;
import org.filo.model.ActorMention;
import org.filo.model.Sentence;
import org.filo.model.Token;

/**
 * One sentence seen by the event rules: normalised tokens, cues, clause starts and the actor units in it.
 * Token indices here are relative to the sentence.
 */
final class SentenceContext {
    static final Set<String> COORDINATORS = Set.of("e", "ed", ",");
    /** Prepositions that put an actor in a complement rather than in subject or object position. */
    static final Set<String> PREPOSITIONS = Set.of("a", "ad", "al", "alla", "allo", "all'", "ai", "agli", "alle",
            "con", "col", "tra", "fra", "da", "dal", "dalla", "dallo", "dall'", "dai", "dagli", "dalle", "per", "su",
            "sul", "sulla", "sullo", "sull'", "sui", "sugli", "sulle", "in", "nel", "nella", "nello", "nell'", "nei",
            "negli", "nelle", "contro", "verso", "presso", "dopo", "prima", "durante", "secondo");
    static final Set<String> LOCATIVES = Set.of("in", "nel", "nella", "nello", "nell'", "a", "ad", "presso");
    /** Tokens that end a coordination of actor names: finite auxiliaries, clause words, quotes. */
    static final Set<String> BREAKERS = Set.of("ha", "hanno", "è", "sono", "era", "erano", "sarà", "saranno",
            "aveva", "avevano", "si", "non", "che", "“", "”", "\"", ":", ";", ".", "(", ")", "mentre", "ma");

    final Sentence sentence;
    final List<Token> tokens;
    final List<String> norm;
    final List<EventLexicon.CueHit> cues;
    final List<ActorUnit> units;
    final Map<String, Actor> actors;
    private final boolean[] clauseStart;

    SentenceContext(Sentence sentence, List<Token> tokens, EventLexicon lexicon, List<ActorMention> mentions,
                    Map<String, Actor> actors) {
        this.sentence = sentence;
        this.tokens = tokens;
        this.actors = actors;
        List<String> n = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            n.add(TokenPattern.normalize(t.text()));
        }
        this.norm = List.copyOf(n);
        this.cues = lexicon.findCues(norm);
        this.clauseStart = new boolean[tokens.size() + 1];
        for (EventLexicon.CueHit cue : cues) {
            if (cue.category() == Cue.Category.BOUNDARY) {
                clauseStart[cue.first()] = true;
            }
        }
        this.units = buildUnits(mentions);
    }

    int size() {
        return tokens.size();
    }

    /** First token of the clause holding token i. */
    int clauseStartOf(int i) {
        for (int k = i; k > 0; k--) {
            if (clauseStart[k]) {
                return k + 1;
            }
        }
        return 0;
    }

    /** End (exclusive) of the clause holding token i. */
    int clauseEndOf(int i) {
        for (int k = i + 1; k < tokens.size(); k++) {
            if (clauseStart[k]) {
                return k;
            }
        }
        return tokens.size();
    }

    boolean isClauseBoundary(int i) {
        return clauseStart[i] || norm.get(i).equals(",");
    }

    boolean isPerson(String actorId) {
        Actor a = actors.get(actorId);
        return a != null && a.kind() == ActorKind.PERSON;
    }

    /** True when a preposition (other than "di") governs the unit: "con Putin", "ai diplomatici statunitensi". */
    boolean inPrepositionalPhrase(ActorUnit unit) {
        for (int k = unit.first() - 1, skipped = 0; k >= 0 && skipped <= 2; k--, skipped++) {
            String w = norm.get(k);
            if (PREPOSITIONS.contains(w)) {
                return true;
            }
            if (BREAKERS.contains(w) || COORDINATORS.contains(w) || isClauseBoundary(k)) {
                return false;
            }
        }
        return false;
    }

    boolean isLocative(ActorUnit unit) {
        for (int k = unit.first() - 1, skipped = 0; k >= 0 && skipped <= 3; k--, skipped++) {
            String w = norm.get(k);
            if (LOCATIVES.contains(w)) {
                return true;
            }
            if (PREPOSITIONS.contains(w) || BREAKERS.contains(w) || w.equals("e")) {
                return false;
            }
        }
        return false;
    }

    /** The coordination ("X, Y e Z") that contains the unit, in text order. */
    List<ActorUnit> groupOf(ActorUnit unit) {
        int idx = units.indexOf(unit);
        int lo = idx;
        while (lo > 0 && linked(units.get(lo - 1), units.get(lo))) {
            lo--;
        }
        int hi = idx;
        while (hi + 1 < units.size() && linked(units.get(hi), units.get(hi + 1))) {
            hi++;
        }
        return List.copyOf(units.subList(lo, hi + 1));
    }

    private boolean linked(ActorUnit left, ActorUnit right) {
        int gap = right.first() - left.last() - 1;
        if (gap < 1 || gap > 12) {
            return false;
        }
        boolean coordinated = false;
        for (int k = left.last() + 1; k < right.first(); k++) {
            String w = norm.get(k);
            if (BREAKERS.contains(w) || (PREPOSITIONS.contains(w)) || clauseStart[k]) {
                return false;
            }
            coordinated |= COORDINATORS.contains(w);
        }
        return coordinated;
    }

    /** First unit starting in [from, to), or null. */
    ActorUnit firstUnitIn(int from, int to) {
        for (ActorUnit u : units) {
            if (u.first() >= from && u.first() < to) {
                return u;
            }
        }
        return null;
    }

    private List<ActorUnit> buildUnits(List<ActorMention> mentions) {
        Map<String, List<String>> bySpan = new LinkedHashMap<>();
        Map<String, int[]> spans = new LinkedHashMap<>();
        for (ActorMention m : mentions) {
            if (m.start() < sentence.start() || m.end() > sentence.end()) {
                continue;
            }
            String key = m.start() + ":" + m.end();
            bySpan.computeIfAbsent(key, k -> new ArrayList<>());
            if (!bySpan.get(key).contains(m.actorId())) {
                bySpan.get(key).add(m.actorId());
            }
            spans.put(key, new int[] {m.start(), m.end()});
        }
        List<ActorUnit> raw = new ArrayList<>();
        for (Map.Entry<String, int[]> e : spans.entrySet()) {
            int start = e.getValue()[0];
            int end = e.getValue()[1];
            int first = -1;
            int last = -1;
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (t.start() < end && start < t.end()) {
                    if (first < 0) {
                        first = i;
                    }
                    last = i;
                }
            }
            if (first >= 0) {
                List<String> ids = bySpan.get(e.getKey());
                boolean person = ids.stream().allMatch(this::isPerson);
                raw.add(new ActorUnit(first, last, start, end, ids, person));
            }
        }
        raw.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(b.end(), a.end()));
        List<ActorUnit> kept = new ArrayList<>();
        for (ActorUnit u : raw) {
            boolean contained = false;
            for (ActorUnit k : kept) {
                if (k.start() <= u.start() && u.end() <= k.end()) {
                    contained = true;
                    break;
                }
            }
            if (!contained) {
                kept.add(u);
            }
        }
        // "il segretario del Pentagono Lloyd Austin": a name right before a person is the person's title.
        List<ActorUnit> result = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            ActorUnit u = kept.get(i);
            if (i + 1 < kept.size() && kept.get(i + 1).person() && !u.person() && titleGap(u, kept.get(i + 1))) {
                continue;
            }
            result.add(u);
        }
        return List.copyOf(result);
    }

    private boolean titleGap(ActorUnit left, ActorUnit right) {
        int gap = right.first() - left.last() - 1;
        if (gap > 1) {
            return false;
        }
        for (int k = left.last() + 1; k < right.first(); k++) {
            if (COORDINATORS.contains(norm.get(k)) || BREAKERS.contains(norm.get(k))) {
                return false;
            }
        }
        return true;
    }
}
