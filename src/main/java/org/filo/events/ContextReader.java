package org.filo.events;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.filo.events.Cue.Category;
import org.filo.events.EventLexicon.CueHit;
import org.filo.events.EventLexicon.TriggerHit;
import org.filo.model.Channel;
import org.filo.model.Dct;
import org.filo.model.EventStatus;
import org.filo.model.EventTime;
import org.filo.model.Timex;
import org.filo.model.TimexType;
import org.filo.model.Token;

/** Reads status, negation, initiator, date and duration of a trigger from the cues and timexes around it. */
final class ContextReader {
    private static final Set<String> SINCE = Set.of("da", "dal", "dalla", "dallo", "dall'", "dai", "dagli", "dalle");
    private static final Set<String> FUTURE_ENDINGS = Set.of("erà", "eranno", "irà", "iranno", "arà", "aranno",
            "drà", "dranno"); // vedrà, rivedranno

    private ContextReader() {
    }

    static TriggerReading read(SentenceContext ctx, TriggerHit hit, List<TriggerHit> all, List<Timex> timexes,
                               Dct dct) {
        int before = windowStart(ctx, hit, all);
        int after = windowEnd(ctx, hit, all);
        if (near(ctx, Category.NONEVENT, hit.first() - 3, hit.end() + 3)
                || in(ctx, Category.GENERIC, before, hit.first())
                || in(ctx, Category.HYPOTHETICAL, Math.max(before, hit.first() - 6), hit.first())
                || hypotheticalClause(ctx, hit)) {
            return TriggerReading.NOT_AN_EVENT;
        }
        boolean negated = in(ctx, Category.NEGATION, Math.max(before, hit.first() - 4), hit.first())
                || (!hit.rule().verb() && in(ctx, Category.NEGATION, hit.end(), Math.min(after, hit.end() + 5)));
        EventTime date = date(ctx, hit, timexes, negated);
        if (negated && date.value() == null) {
            return TriggerReading.NOT_AN_EVENT;
        }
        EventStatus status = negated ? EventStatus.OCCURRED : status(ctx, hit, before, after);
        if (status == EventStatus.OCCURRED && after(date, dct) && !pastTense(ctx, hit, after)) {
            status = EventStatus.PLANNED; // "la telefonata di domani"
        }
        if (status == EventStatus.OCCURRED && in(ctx, Category.ANNOUNCED, Math.max(before, hit.first() - 6),
                hit.first()) && !beforeDct(date, dct)) {
            status = EventStatus.PLANNED; // "ha annunciato una prima riunione … il 5 giugno"
        }
        boolean subjectInitiates = hit.rule().has(TriggerRule.Flag.INITIATOR)
                || in(ctx, Category.SEEK, Math.max(before, hit.first() - 6), hit.first())
                || in(ctx, Category.WISH, Math.max(before, hit.first() - 4), hit.first());
        boolean progressive = in(ctx, Category.PROGRESSIVE, Math.max(before, hit.first() - 2), hit.first());
        boolean background = in(ctx, Category.BACKGROUND, ctx.clauseStartOf(hit.first()), ctx.clauseEndOf(hit.first()));
        return new TriggerReading(true, status, initiatorPhrase(ctx), subjectInitiates, progressive, background,
                status == EventStatus.REFUSED ? EventTime.NONE : date, duration(ctx, hit, timexes));
    }

    private static final Set<String> AUXILIARIES = Set.of("ha", "hanno", "è", "sono", "aveva", "avevano", "era",
            "erano", "abbiamo", "ho", "si");
    private static final Set<String> COMPLETED = Set.of("concluso", "conclusa", "conclusi", "svolto", "svolta",
            "svolti", "tenuto", "tenuta", "tenuti", "terminato", "terminata", "durato", "durata", "finito", "finita",
            "chiuso", "chiusa", "avuto");

    /**
     * A contact told in the past tense ("ha sentito telefonicamente", "l'incontro … si è concluso") has
     * happened, whatever date it carries: a late date then means a wrong DCT (live blogs), not a plan.
     */
    private static boolean pastTense(SentenceContext ctx, TriggerHit hit, int after) {
        if (hit.rule().verb()) {
            String w = ctx.norm.get(hit.first());
            boolean participle = w.matches(".*(at|it|ut)[oaie]");
            return participle && hit.first() > 0 && AUXILIARIES.contains(ctx.norm.get(hit.first() - 1));
        }
        int end = Math.min(ctx.clauseEndOf(hit.first()), hit.end() + 20);
        for (int k = Math.max(1, hit.first() - 4); k < end; k++) {
            if (COMPLETED.contains(ctx.norm.get(k)) && AUXILIARIES.contains(ctx.norm.get(k - 1))) {
                return true; // "hanno avuto un colloquio", "si è svolto", "è durata"
            }
        }
        return false;
    }

    /** "C'è la possibilità che X siano in contatto con Y": a clause that a hypothetical noun governs. */
    private static boolean hypotheticalClause(SentenceContext ctx, TriggerHit hit) {
        int cs = ctx.clauseStartOf(hit.first());
        if (cs < 2 || !ctx.norm.get(cs - 1).equals("che")) {
            return false;
        }
        return in(ctx, Category.HYPOTHETICAL, Math.max(0, cs - 3), cs - 1);
    }

    private static boolean beforeDct(EventTime date, Dct dct) {
        LocalDate day = day(date);
        return day != null && dct.isKnown() && day.isBefore(dct.value());
    }

    /** True when the date is a day after the document's date: the event is still to come. */
    private static boolean after(EventTime date, Dct dct) {
        LocalDate day = day(date);
        return day != null && dct.isKnown() && day.isAfter(dct.value());
    }

    /** The calendar day of a date value ("2022-05-13", "2021-12-09TEV"), or null for a month, a year or none. */
    private static LocalDate day(EventTime date) {
        if (date.value() == null || date.value().length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(date.value().substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static EventStatus status(SentenceContext ctx, TriggerHit hit, int before, int after) {
        boolean standing = hit.rule().has(TriggerRule.Flag.STANDING) || hit.rule().channel() == Channel.HOTLINE;
        int b = Math.max(before, hit.first() - 6);
        int a = Math.min(after, hit.end() + 7);
        if (standing) {
            for (Category c : List.of(Category.RESUMED, Category.SUSPENDED, Category.ESTABLISHED)) {
                if (in(ctx, c, b, hit.first()) || in(ctx, c, hit.end(), a)) {
                    return EventStatus.valueOf(c.name());
                }
            }
        }
        boolean sought = in(ctx, Category.SEEK, Math.max(before, hit.first() - 6), hit.first());
        if (in(ctx, Category.REFUSED, b, hit.first()) || (sought && in(ctx, Category.REFUSED, hit.end(), ctx.size()))) {
            return EventStatus.REFUSED;
        }
        boolean scheduled = in(ctx, Category.SCHEDULED, b, hit.first())
                || in(ctx, Category.SCHEDULED, hit.end(), Math.min(hit.end() + 7, ctx.clauseEndOf(hit.first())));
        if (sought || scheduled || in(ctx, Category.PLANNED, b, hit.first()) || in(ctx, Category.WISH, b, hit.first())
                || in(ctx, Category.PLANNED, hit.end(), Math.min(a, hit.end() + 3)) || future(ctx, hit)) {
            return EventStatus.PLANNED;
        }
        return EventStatus.OCCURRED;
    }

    private static boolean future(SentenceContext ctx, TriggerHit hit) {
        if (!hit.rule().verb()) {
            // "prenderà parte al vertice", "parteciperà all'incontro": a future verb just before the noun
            for (int k = Math.max(ctx.clauseStartOf(hit.first()), hit.first() - 4); k < hit.first(); k++) {
                String w = ctx.norm.get(k);
                if (FUTURE_ENDINGS.stream().anyMatch(w::endsWith)) {
                    return true;
                }
            }
            return false;
        }
        for (int k = hit.first(); k < hit.end(); k++) { // "si rivedranno": the verb need not be the first token
            String w = ctx.norm.get(k);
            if (FUTURE_ENDINGS.stream().anyMatch(w::endsWith)) {
                return true;
            }
        }
        return purpose(ctx, hit);
    }

    /** "è volato a Mosca per incontrare Lavrov": an infinitive of purpose tells a contact still to come. */
    private static boolean purpose(SentenceContext ctx, TriggerHit hit) {
        String w = ctx.norm.get(hit.first());
        boolean infinitive = w.endsWith("are") || w.endsWith("ere") || w.endsWith("ire") || w.endsWith("arsi")
                || w.endsWith("ersi") || w.endsWith("irsi");
        return infinitive && hit.first() > 0 && ctx.norm.get(hit.first() - 1).equals("per");
    }

    /** Cue windows stop at a clause boundary, a comma or the previous trigger. */
    private static int windowStart(SentenceContext ctx, TriggerHit hit, List<TriggerHit> all) {
        int start = 0;
        for (TriggerHit other : all) {
            if (other.end() <= hit.first()) {
                start = Math.max(start, other.end());
            }
        }
        for (int k = hit.first() - 1; k >= start; k--) {
            if (ctx.isClauseBoundary(k)) {
                return k + 1;
            }
        }
        return start;
    }

    private static int windowEnd(SentenceContext ctx, TriggerHit hit, List<TriggerHit> all) {
        int end = ctx.size();
        for (TriggerHit other : all) {
            if (other.first() >= hit.end()) {
                end = Math.min(end, other.first());
            }
        }
        for (int k = hit.end(); k < end; k++) {
            if (ctx.isClauseBoundary(k)) {
                return k;
            }
        }
        return end;
    }

    private static boolean in(SentenceContext ctx, Category category, int from, int to) {
        for (CueHit cue : ctx.cues) {
            if (cue.category() == category && cue.first() >= from && cue.first() < to) {
                return true;
            }
        }
        return false;
    }

    private static boolean near(SentenceContext ctx, Category category, int from, int to) {
        return in(ctx, category, Math.max(0, from), Math.min(ctx.size(), to));
    }

    /** "su richiesta di X", "su iniziativa degli Stati Uniti": the actor right after the cue. */
    private static String initiatorPhrase(SentenceContext ctx) {
        for (CueHit cue : ctx.cues) {
            if (cue.category() == Category.INITIATOR) {
                ActorUnit u = ctx.firstUnitIn(cue.end(), Math.min(ctx.size(), cue.end() + 4));
                if (u != null && u.actorIds().size() == 1) {
                    return u.actorIds().get(0);
                }
            }
        }
        return null;
    }

    /**
     * The nearest DATE/TIME timex of the sentence that belongs to the trigger: not the time of a speech
     * act ("ha detto venerdì", "Il 24 marzo, X ha affermato che …"), not a starting point ("dal 15 marzo")
     * unless the trigger is negated ("non si parlano dall'11 febbraio": the last contact).
     */
    private static EventTime date(SentenceContext ctx, TriggerHit hit, List<Timex> timexes, boolean negated) {
        Timex best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Timex x : timexes) {
            if ((x.type() != TimexType.DATE && x.type() != TimexType.TIME) || x.value() == null
                    || x.value().contains("X") || x.start() < ctx.sentence.start() || x.end() > ctx.sentence.end()) {
                continue;
            }
            int first = tokenAt(ctx, x.start());
            int last = tokenAt(ctx, x.end() - 1);
            if (first < 0) {
                continue;
            }
            boolean since = first > 0 && SINCE.contains(ctx.norm.get(first - 1));
            if (since != negated || speechTime(ctx, hit, first, last)) {
                continue;
            }
            int distance = first > hit.first() ? first - hit.end() : hit.first() - last;
            if (ctx.clauseStartOf(first) != ctx.clauseStartOf(hit.first())) {
                distance += 100; // a date in another clause only when the trigger's own clause has none
            }
            if (distance < bestDistance) {
                best = x;
                bestDistance = distance;
            }
        }
        return best == null ? EventTime.NONE : new EventTime(best.value(), best.id(), "timex");
    }

    private static boolean speechTime(SentenceContext ctx, TriggerHit hit, int first, int last) {
        for (CueHit cue : ctx.cues) {
            if (cue.category() != Category.SPEECH) {
                continue;
            }
            if (last < cue.first() && cue.first() < hit.first()) {
                return true; // "Il 24 marzo, Kirby ha affermato che …": the date of the statement
            }
            boolean triggerBetween = hit.first() > cue.first() && hit.first() < first;
            if (cue.first() < first && first - cue.end() <= 6 && !triggerBetween) {
                return true; // "ha precisato ieri", "ha scritto X su Twitter giovedì"
            }
        }
        return false;
    }

    /** "di 90 minuti" right after the trigger, or "è durata circa un'ora" in its clause. */
    private static EventTime duration(SentenceContext ctx, TriggerHit hit, List<Timex> timexes) {
        int ce = ctx.clauseEndOf(hit.first());
        for (Timex x : timexes) {
            if (x.type() != TimexType.DURATION || x.value() == null || x.value().contains("X")) {
                continue;
            }
            int first = tokenAt(ctx, x.start());
            int last = tokenAt(ctx, x.end() - 1);
            if (last >= 0 && last == hit.first() - 2 && ctx.norm.get(hit.first() - 1).equals("di")) {
                return new EventTime(x.value(), x.id(), "timex"); // "cinque ore di colloquio"
            }
            if (first <= hit.first() || first >= ce) {
                continue;
            }
            String prev = ctx.norm.get(first - 1);
            boolean right = first - hit.end() <= 3 && prev.equals("di");
            boolean lasted = false;
            for (int k = hit.end(); k < first; k++) {
                lasted |= ctx.norm.get(k).startsWith("durat");
            }
            if (right || (lasted && first - hit.end() <= 6)) {
                return new EventTime(x.value(), x.id(), "timex");
            }
        }
        return EventTime.NONE;
    }

    static int tokenAt(SentenceContext ctx, int offset) {
        for (int i = 0; i < ctx.size(); i++) {
            Token t = ctx.tokens.get(i);
            if (t.start() <= offset && offset < t.end()) {
                return i;
            }
        }
        return -1;
    }
}
