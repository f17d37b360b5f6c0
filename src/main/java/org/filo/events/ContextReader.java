package org.filo.events;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.filo.events.Cue.Category;
import org.filo.events.EventLexicon.CueHit;
import org.filo.events.EventLexicon.TriggerHit;
import org.filo.model.Dct;
import org.filo.model.EventStatus;
import org.filo.model.EventTime;
import org.filo.model.Timex;
import org.filo.model.TimexType;
import org.filo.model.Token;

/** Reads status, negation, initiator, date and duration of a trigger from the cues and timexes around it. */
final class ContextReader {
    private static final Set<String> SINCE = Set.of("da", "dal", "dalla", "dallo", "dall'", "dai", "dagli", "dalle");

    private ContextReader() {
    }

    static TriggerReading read(SentenceContext ctx, TriggerHit hit, List<TriggerHit> all, List<Timex> timexes,
                               Dct dct) {
        int before = windowStart(ctx, hit, all);
        int after = windowEnd(ctx, hit, all);
        if (near(ctx, Category.NONEVENT, hit.first() - 3, hit.end() + 3)
                || in(ctx, Category.GENERIC, before, hit.first())
                || hypothetical(ctx, Math.max(before, hit.first() - 6), hit.first())
                || hypotheticalClause(ctx, hit)) {
            return TriggerReading.NOT_AN_EVENT;
        }
        boolean negated = in(ctx, Category.NEGATION, Math.max(before, hit.first() - 4), hit.first())
                || (!hit.rule().verb() && in(ctx, Category.NEGATION, hit.end(), Math.min(after, hit.end() + 5)));
        // "non ci sarà alcun negoziato finché non …": a contact denied until a condition is met is declined
        boolean refusedUntil = negated && in(ctx, Category.CONDITION, hit.end(), Math.min(after, hit.end() + 6));
        EventTime date = date(ctx, hit, timexes, negated);
        if (negated && date.value() == null && !refusedUntil) {
            return TriggerReading.NOT_AN_EVENT;
        }
        EventStatus status = refusedUntil ? EventStatus.REFUSED
                : negated ? EventStatus.OCCURRED : StatusReader.status(ctx, hit, before, after);
        if (status == EventStatus.OCCURRED && after(date, dct) && !StatusReader.pastTense(ctx, hit)) {
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
                status == EventStatus.REFUSED ? EventTime.NONE : date, duration(ctx, hit, timexes, nextTrigger(hit, all)));
    }

    /**
     * A hypothetical cue before the trigger, unless it opens an expectation: "potrebbe esserci un incontro" is a
     * contact expected (planned), "potrebbe incontrare" one only possible.
     */
    private static boolean hypothetical(SentenceContext ctx, int from, int to) {
        for (CueHit cue : ctx.cues) {
            if (cue.category() == Category.HYPOTHETICAL && cue.first() >= from && cue.first() < to
                    && !ctx.cueStartsAt(Category.EXPECTED, cue.first())) {
                return true;
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

    /**
     * True when the date is after the document's date, a day or a whole week or month ("la prossima settimana",
     * "2024-W11"): the event is still to come.
     */
    private static boolean after(EventTime date, Dct dct) {
        LocalDate day = day(date);
        if (day != null || !dct.isKnown() || date.value() == null) {
            return day != null && dct.isKnown() && day.isAfter(dct.value());
        }
        LocalDate periodStart = periodStart(date.value());
        return periodStart != null && periodStart.isAfter(dct.value());
    }

    /** The first day of a week ("2024-W11") or a month ("2024-04"), or null. */
    private static LocalDate periodStart(String value) {
        try {
            if (value.matches("\\d{4}-W\\d{2}")) {
                return LocalDate.parse(value + "-1", java.time.format.DateTimeFormatter.ISO_WEEK_DATE);
            }
            if (value.matches("\\d{4}-\\d{2}")) {
                return LocalDate.parse(value + "-01");
            }
        } catch (DateTimeParseException e) {
            return null;
        }
        return null;
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

    private static int nextTrigger(TriggerHit hit, List<TriggerHit> all) {
        int next = Integer.MAX_VALUE;
        for (TriggerHit other : all) {
            if (other.first() >= hit.end()) {
                next = Math.min(next, other.first());
            }
        }
        return next;
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
            if (last < hit.first() && conjunctBetween(ctx, last, hit.first())) {
                distance += 50; // "le stragi nel 2013 e le intese negoziate … l'anno scorso": the other noun's date
            }
            if (distance < bestDistance) {
                best = x;
                bestDistance = distance;
            }
        }
        if (best == null) {
            return EventTime.NONE;
        }
        best = firstCoordinated(ctx, timexes, best);
        return new EventTime(best.value(), best.id(), "timex");
    }

    /** "il vertice … il 4 e 5 settembre": one event from its first day, whichever day is nearer the trigger. */
    private static Timex firstCoordinated(SentenceContext ctx, List<Timex> timexes, Timex x) {
        for (boolean moved = true; moved; ) {
            moved = false;
            int first = tokenAt(ctx, x.start());
            if (first < 2 || !List.of("e", "ed", "o").contains(ctx.norm.get(first - 1))) {
                break;
            }
            int previousEnd = ctx.tokens.get(first - 2).end();
            for (Timex other : timexes) {
                if (other != x && other.end() == previousEnd && other.type() == x.type() && other.value() != null) {
                    x = other;
                    moved = true;
                    break;
                }
            }
        }
        return x;
    }

    /**
     * "e" + article between a date and the trigger, with no actor between: the date belongs to the first of two
     * coordinated nouns ("le stragi nel 2013 e le intese negoziate").
     */
    private static boolean conjunctBetween(SentenceContext ctx, int dateEnd, int trigger) {
        for (int k = dateEnd + 1; k + 1 < trigger; k++) {
            if ((ctx.norm.get(k).equals("e") || ctx.norm.get(k).equals("ed"))
                    && NounDeterminers.isArticle(ctx.norm.get(k + 1))) {
                return ctx.firstUnitIn(dateEnd + 1, trigger) == null;
            }
        }
        return false;
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

    /**
     * "di 90 minuti" right after the trigger, "cinque ore di colloquio", or a verb of lasting in the trigger's
     * clause with the duration just after it: "è durata circa un'ora", "si è protratto per circa tre ore".
     */
    private static EventTime duration(SentenceContext ctx, TriggerHit hit, List<Timex> timexes, int nextTrigger) {
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
            String before = ctx.norm.get(first - 1); // "un colloquio di 90 minuti", "ha parlato per due ore"
            boolean right = first - hit.end() <= 3 && (before.equals("di") || before.equals("per"));
            if (right || lastedFor(ctx, hit, first, Math.min(ce, nextTrigger))) {
                return new EventTime(x.value(), x.id(), "timex");
            }
        }
        return EventTime.NONE;
    }

    /** A LASTED cue in the trigger's clause before {@code bound} (the next trigger), the duration at most 4 tokens on. */
    private static boolean lastedFor(SentenceContext ctx, TriggerHit hit, int duration, int bound) {
        for (CueHit cue : ctx.cues) {
            if (cue.category() == Category.LASTED && cue.first() >= hit.end() && cue.first() < bound
                    && cue.end() <= duration && duration - cue.end() <= 4) {
                return true;
            }
        }
        return false;
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
