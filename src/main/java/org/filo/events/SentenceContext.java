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
import org.filo.model.Timex;
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
            "negli", "nelle", "contro", "verso", "presso", "dopo", "prima", "durante", "secondo", "senza");
    static final Set<String> LOCATIVES = Set.of("in", "nel", "nella", "nello", "nell'", "a", "ad", "presso");
    /** Tokens that end a coordination of actor names: finite auxiliaries, clause words, quotes. */
    static final Set<String> BREAKERS = Set.of("ha", "hanno", "è", "sono", "era", "erano", "sarà", "saranno",
            "aveva", "avevano", "si", "non", "che", "“", "”", "\"", ":", ";", ".", "(", ")", "mentre", "ma");

    final Sentence sentence;
    final List<Token> tokens;
    final List<String> norm;
    final List<EventLexicon.CueHit> cues;
    /** First tokens of the sentence's triggers. */
    private final Set<Integer> triggerStarts = new java.util.HashSet<>();
    /** Every token of the sentence's triggers ("sentito al telefono"). */
    private final Set<Integer> triggerTokens = new java.util.HashSet<>();
    final List<ActorUnit> units;
    /** Countries named as places in the sentence ("a Mosca"): hosts of visits, never parties by themselves. */
    final List<ActorUnit> places;
    final Map<String, Actor> actors;
    final List<Timex> timexes; // those that may touch this sentence
    private final boolean[] clauseStart;
    private final boolean[] timeWord;

    SentenceContext(Sentence sentence, List<Token> tokens, EventLexicon lexicon, List<ActorMention> mentions,
                    Map<String, Actor> actors, List<Timex> timexes) {
        this(sentence, tokens, lexicon, mentions, List.of(), actors, timexes);
    }

    SentenceContext(Sentence sentence, List<Token> tokens, EventLexicon lexicon, List<ActorMention> mentions,
                    List<ActorMention> places, Map<String, Actor> actors, List<Timex> timexes) {
        this.sentence = sentence;
        this.tokens = tokens;
        this.actors = actors;
        List<String> n = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            n.add(TokenPattern.normalize(t.text()));
        }
        this.norm = List.copyOf(n);
        this.cues = lexicon.findCues(norm);
        for (EventLexicon.TriggerHit hit : lexicon.findTriggers(norm)) {
            triggerStarts.add(hit.first());
            for (int k = hit.first(); k < hit.end(); k++) {
                triggerTokens.add(k);
            }
        }
        this.clauseStart = new boolean[tokens.size() + 1];
        for (EventLexicon.CueHit cue : cues) {
            if (cue.category() == Cue.Category.BOUNDARY) {
                clauseStart[cue.first()] = true;
            }
        }
        this.timexes = timexes;
        this.timeWord = timeWords(timexes);
        this.units = ActorUnits.build(this, mentions, false);
        this.places = ActorUnits.build(this, places, true);
    }

    boolean startsTrigger(int i) {
        return triggerStarts.contains(i);
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

    /** True when a cue of {@code category} starts at token i. */
    boolean cueStartsAt(Cue.Category category, int i) {
        for (EventLexicon.CueHit cue : cues) {
            if (cue.category() == category && cue.first() == i) {
                return true;
            }
        }
        return false;
    }

    /** True when a cue of {@code category} starts in tokens [from, to). */
    boolean cueIn(Cue.Category category, int from, int to) {
        for (EventLexicon.CueHit cue : cues) {
            if (cue.category() == category && cue.first() >= from && cue.first() < to) {
                return true;
            }
        }
        return false;
    }

    /** True for a token of one of the sentence's time expressions. */
    boolean isTimeWord(int i) {
        return timeWord[i];
    }

    boolean isClauseBoundary(int i) {
        return clauseStart[i] || norm.get(i).equals(",");
    }

    boolean isCountry(String actorId) {
        Actor a = actors.get(actorId);
        return a != null && a.kind() == ActorKind.COUNTRY;
    }

    boolean isPerson(String actorId) {
        Actor a = actors.get(actorId);
        return a != null && a.kind() == ActorKind.PERSON;
    }

    /** True when a preposition (other than "di") governs the unit: "con Putin", "ai diplomatici statunitensi". */
    boolean inPrepositionalPhrase(ActorUnit unit) {
        return governingPreposition(unit) != null;
    }

    /** Tokens of a time expression or a background cue ("Nel pomeriggio", "Nei giorni scorsi", "In passato"). */
    private boolean[] timeWords(List<Timex> timexes) {
        boolean[] time = new boolean[tokens.size()];
        for (Timex x : timexes) {
            if (x.end() <= sentence.start() || x.start() >= sentence.end()) {
                continue; // the document's other sentences
            }
            for (int k = 0; k < tokens.size(); k++) {
                time[k] |= x.start() < tokens.get(k).end() && tokens.get(k).start() < x.end();
            }
        }
        for (EventLexicon.CueHit cue : cues) {
            if (cue.category() == Cue.Category.BACKGROUND) {
                for (int k = cue.first(); k < cue.end(); k++) {
                    time[k] = true;
                }
            }
        }
        return time;
    }

    /** The preposition (other than "di") that governs the unit, or null. */
    String governingPreposition(ActorUnit unit) {
        for (int k = unit.first() - 1, skipped = 0; k >= 0 && skipped <= 2; k--, skipped++) {
            if (timeWord[k]) {
                return null; // "Nel pomeriggio Macron ha …": the preposition governs the time, not the actor
            }
            if (triggerTokens.contains(k) || "VERB".equals(tokens.get(k).pos())) {
                return null; // "per incontrare il ministro": the preposition governs the verb, not its object
            }
            String w = norm.get(k);
            if (PREPOSITIONS.contains(w)) {
                return w;
            }
            boolean capitalised = Character.isUpperCase(tokens.get(k).text().charAt(0));
            if (BREAKERS.contains(w) || COORDINATORS.contains(w) || isClauseBoundary(k) || capitalised) {
                return null; // a capitalised word belongs to a title: "segretario alla Difesa Lloyd Austin"
            }
        }
        return null;
    }

    /** "ad Abu Dhabi", "nella capitale emiratina, Abu Dhabi": a place where, not a party (people never are). */
    boolean isLocative(ActorUnit unit) {
        if (unit.person()) {
            return false;
        }
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

    /**
     * The coordination ("X, Y e Z") that contains the unit, in text order. A coordination ends at its
     * "e": in "tra Austin e Shoigu, Milley …" Milley starts a new one.
     */
    List<ActorUnit> groupOf(ActorUnit unit) {
        int idx = units.indexOf(unit);
        int lo = idx;
        while (lo > 0 && link(units.get(lo - 1), units.get(lo)) == Link.COMMA) {
            lo--;
        }
        if (lo > 0 && link(units.get(lo - 1), units.get(lo)) == Link.AND && lo == idx) {
            lo--;
            while (lo > 0 && link(units.get(lo - 1), units.get(lo)) == Link.COMMA) {
                lo--;
            }
        } else if (lo > 0 && link(units.get(lo - 1), units.get(lo)) == Link.AND) {
            // idx sits after a comma that follows an "e": it opens a new coordination
            lo = idx;
        }
        // Commas coordinate only when an "e" closes the list: "il presidente ucraino, Biden ha …" is no list.
        int hi = lo;
        for (int k = lo; k + 1 < units.size(); k++) {
            Link l = link(units.get(k), units.get(k + 1));
            if (l == Link.NONE) {
                break;
            }
            if (l == Link.AND) {
                hi = k + 1;
                break;
            }
        }
        if (hi < idx) {
            return List.of(unit);
        }
        return List.copyOf(units.subList(lo, hi + 1));
    }

    private enum Link { NONE, COMMA, AND }

    private Link link(ActorUnit left, ActorUnit right) {
        int gap = right.first() - left.last() - 1;
        if (gap < 1 || gap > 12) {
            return Link.NONE;
        }
        boolean comma = false;
        boolean and = false;
        for (int k = left.last() + 1; k < right.first(); k++) {
            String w = norm.get(k);
            if (BREAKERS.contains(w) || PREPOSITIONS.contains(w) || clauseStart[k]) {
                return Link.NONE;
            }
            comma |= w.equals(",");
            and |= w.equals("e") || w.equals("ed");
        }
        return and ? Link.AND : comma ? Link.COMMA : Link.NONE;
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

}
