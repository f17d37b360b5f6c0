package org.filo.events;

import java.io.IOException;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ArrayList;
import java.util.Set;
import org.filo.model.Actor;
import org.filo.model.ActorMention;
import org.filo.model.Channel;
import org.filo.model.Document;
import org.filo.model.Event;
import org.filo.model.EventMention;
import org.filo.model.EventStatus;
import org.filo.model.Sentence;
import org.filo.model.Span;
import org.filo.model.TextAnalysis;
import org.filo.model.Token;
import org.filo.model.TimeLimit;
import org.filo.model.Timex;

/**
 * Rule-based event extraction from the trigger and cue lexicons of models/events/. Immutable once
 * loaded: one instance serves every document and thread.
 */
public final class RuleEventExtractor implements EventExtractor {
    /** Words that put an exchange in a place: "colloquio nel corridoio", "colloqui presso la Farnesina". */
    private static final Set<String> PLACE_WORDS = Set.of("nel", "nella", "nei", "negli", "nelle", "presso", "al",
            "alla", "all'", "allo");

    private final EventLexicon lexicon;
    private final OneSide oneSide;

    RuleEventExtractor(EventLexicon lexicon, OneSide oneSide) {
        this.lexicon = lexicon;
        this.oneSide = oneSide;
    }

    /** Loads triggers.tsv, cues.tsv and one-side.tsv from {@code modelsDir}/events. */
    public static RuleEventExtractor load(Path modelsDir) throws IOException {
        Path events = modelsDir.resolve("events");
        return new RuleEventExtractor(EventLexicon.load(events), OneSide.load(events));
    }

    /**
     * Sentences worth giving to the dependency parser: inside the article's content spans and holding a
     * trigger. Cheap: needs only tokens. Indices are sentence indices of {@code analysis}.
     */
    public BitSet sentencesToParse(Document document, TextAnalysis analysis) {
        BitSet chosen = new BitSet();
        List<Sentence> sentences = analysis.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            if (!overlapsContent(document, s.span())) {
                continue;
            }
            if (!triggers(analysis.tokensOf(s)).isEmpty()) {
                chosen.set(i);
            }
        }
        return chosen;
    }

    @Override
    public List<Event> extract(EventInput input) {
        Document doc = input.document();
        Map<String, Actor> actors = new HashMap<>();
        for (Actor a : input.actors().actors()) {
            actors.put(a.id(), a);
        }
        for (Actor a : input.actors().placeActors()) {
            actors.put(a.id(), a);
        }
        List<Sentence> sentences = input.analysis().sentences();
        MentionMerger merger = new MentionMerger(actors, doc.dct(), lexicon.oppositionNames(),
                headline(doc, sentences));
        ConflictSides sides = ConflictSides.of(actors, input.actors().mentions(), lexicon.oppositionNames());
        SentenceWindow<ActorMention> mentions = new SentenceWindow<>(input.actors().mentions(), ActorMention::start,
                ActorMention::end);
        SentenceWindow<Timex> timexes = new SentenceWindow<>(input.timexes(), Timex::start, Timex::end);
        SentenceWindow<ActorMention> places = new SentenceWindow<>(input.actors().places(), ActorMention::start,
                ActorMention::end);
        for (int index = 0; index < sentences.size(); index++) {
            TimeLimit.check();
            Sentence s = sentences.get(index);
            if (!overlapsContent(doc, s.span())) {
                continue;
            }
            List<EventLexicon.TriggerHit> hits = triggers(input.analysis().tokensOf(s));
            if (hits.isEmpty()) {
                continue;
            }
            SentenceContext ctx = new SentenceContext(s, input.analysis().tokensOf(s), lexicon,
                    mentions.near(s.span()), places.near(s.span()), actors, timexes.near(s.span()));
            for (EventLexicon.TriggerHit hit : hits) {
                Span trigger = new Span(ctx.tokens.get(hit.first()).start(), ctx.tokens.get(hit.end() - 1).end());
                if (doc.inContent(trigger)) {
                    for (Candidate c : candidates(ctx, hit, hits, input, sides, new EventMention(trigger, s.span()),
                            index)) {
                        if (!oneSide.internal(c.participants(), actors)) { // a cabinet among itself is no contact
                            merger.add(c);
                        }
                    }
                }
            }
        }
        return merger.events();
    }

    private List<Candidate> candidates(SentenceContext ctx, EventLexicon.TriggerHit hit,
                                       List<EventLexicon.TriggerHit> hits, EventInput input, ConflictSides sides,
                                       EventMention mention, int sentence) {
        Parties parties = ParticipantFinder.find(ctx, hit);
        TriggerReading reading = ContextReader.read(ctx, hit, hits, ctx.timexes, input.document().dct());
        if (!reading.event() || (NounDeterminers.severalOthers(ctx, hit) && reading.date().value() == null)
                || (hit.rule().has(TriggerRule.Flag.VENUE) && !namedVenueAfter(ctx, hit, input))) {
            return List.of(); // undated "altre conversazioni con X": more of them, no one contact to date
        }
        TriggerRule rule = hit.rule();
        boolean anaphoric = false;
        String body = parties.enough() ? null : BodySession.body(ctx, hit, parties);
        if (body != null) {
            return List.of(candidate(ctx, hit, mention, rule, reading, List.of(body), reading.initiator(), 0.6, false,
                    sentence, true));
        }
        if (!parties.enough()) {
            if (rule.verb()) {
                return List.of(); // a verb with no parties in its sentence refers to nothing we can name
            }
            boolean followsATrigger = hits.indexOf(hit) > 0; // "ha telefonato a Putin per una conversazione …"
            if (venueTalks(ctx, hit) && !sides.ids().isEmpty()) {
                // "le trattative di Ginevra", "la nuova conferenza di Ginevra": the article's two sides, and any
                // mediator the sentence names ("una conferenza di pace organizzata dall'ONU")
                java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>(sides.ids());
                ids.addAll(parties.all());
                parties = new Parties(List.copyOf(ids), List.of(), 0.5, false);
                reading = reading.inBackground(); // talks known as a process: dated only by the text
            } else if (NounDeterminers.definite(ctx, hit) || followsATrigger || reading.status() == EventStatus.PLANNED
                    || NounDeterminers.another(ctx, hit)) {
                anaphoric = true;
                if (parties.all().isEmpty() && !NounDeterminers.definite(ctx, hit)) {
                    // "Mogherini invocava futuri colloqui": the clause's own subject, for the merger to check; "In
                    // un'altra conversazione del 21 luglio, Makdissi parla": another's speaker is the sentence's
                    int to = NounDeterminers.another(ctx, hit) ? ctx.size() : hit.first();
                    parties = new Parties(ActorGroups.ids(ActorGroups.subjectGroup(ctx, ctx.clauseStartOf(hit.first()),
                            to, List.of())), List.of(), parties.confidence(), false);
                }
            } else if (!rule.has(TriggerRule.Flag.NEEDS_OBJ)) {
                parties = ParticipantFinder.clauseActors(ctx, hit);
            }
            if (!anaphoric && !parties.enough()) {
                return List.of();
            }
        }
        List<Candidate> out = new ArrayList<>();
        if (parties.distributive()) {
            for (int i = 0; i < parties.subject().size(); i++) {
                String s = parties.subject().get(i);
                String o = parties.counterpart().get(i);
                out.add(candidate(ctx, hit, mention, rule, reading, List.of(s, o),
                        reading.subjectInitiates() ? s : null, parties.confidence(), false, sentence, false));
            }
            return out;
        }
        String initiator = reading.initiator() != null ? reading.initiator() : Authorship.sender(ctx, hit, parties);
        if (initiator == null && reading.subjectInitiates() && parties.subject().size() == 1
                && !parties.counterpart().isEmpty()) {
            initiator = parties.subject().get(0);
        }
        List<String> participants = parties.all();
        out.add(candidate(ctx, hit, mention, rule, reading, participants, initiator, parties.confidence(), anaphoric,
                sentence, false));
        return out;
    }

    private static Candidate candidate(SentenceContext ctx, EventLexicon.TriggerHit hit, EventMention mention,
                                       TriggerRule rule, TriggerReading reading,
                                       List<String> participants, String initiator, double confidence,
                                       boolean anaphoric, int sentence, boolean session) {
        Channel channel = channelOf(ctx, hit);
        boolean weak = rule.has(TriggerRule.Flag.WEAK) && channel == rule.channel();
        return new Candidate(mention, channel, weak, reading.status(), participants,
                initiator, reading.progressive(), reading.background(), reading.date(), reading.duration(), confidence, anaphoric,
                anaphoric && NounDeterminers.definite(ctx, hit) && !NounDeterminers.newOccurrence(ctx, hit), NounDeterminers.another(ctx, hit), sentence,
                session);
    }

    /**
     * The channel of an unspecified trigger from the words right after it: "si risentono per telefono",
     * "sentiti telefonicamente" (a call); "a colloquio nel corridoio", "colloqui al Quirinale" (a meeting
     * in a place, for triggers flagged PLACE_MEETING).
     */
    static Channel channelOf(SentenceContext ctx, EventLexicon.TriggerHit hit) {
        TriggerRule rule = hit.rule();
        if (rule.channel() != Channel.UNSPECIFIED) {
            return rule.channel();
        }
        if (rule.has(TriggerRule.Flag.PLACE_HOST) && PlaceHost.hosted(ctx, hit)) {
            return Channel.MEETING; // "una delegazione siriana a Mosca che sta negoziando"
        }
        for (int k = hit.end(); k < ctx.size() && k < hit.end() + 4 && !ctx.isClauseBoundary(k); k++) {
            String w = ctx.norm.get(k);
            if (w.equals("telefonicamente") || w.equals("telefono") || w.equals("telefonico")) {
                return Channel.PHONE_CALL;
            }
        }
        boolean conversation = !rule.has(TriggerRule.Flag.STANDING) && !rule.verb();
        if (conversation && ctx.cues.stream().anyMatch(c -> c.category() == Cue.Category.MESSAGE_MEDIUM)) {
            return Channel.MESSAGE; // "I messaggi resi pubblici mostrano le conversazioni avute con X"
        }
        if (rule.has(TriggerRule.Flag.PLACE_MEETING) && hit.end() + 1 < ctx.size()) {
            String w = ctx.norm.get(hit.end());
            String next = ctx.norm.get(hit.end() + 1);
            boolean place = PLACE_WORDS.contains(w) && !next.equals("corso") && !next.equals("quale")
                    && !next.equals("cui");
            if (place || venueAfter(ctx, hit) || (w.equals("a") && next.equals("margine"))) {
                return Channel.MEETING;
            }
        }
        return rule.channel();
    }

    /** "le trattative di Ginevra", "negoziati a Vienna": a capitalised name that is no actor is the venue. */
    private static boolean venueAfter(SentenceContext ctx, EventLexicon.TriggerHit hit) {
        if (hit.end() + 1 >= ctx.size()) {
            return false;
        }
        String w = ctx.norm.get(hit.end());
        return (w.equals("di") || w.equals("a")) && ActorGroups.unitAt(ctx, hit.end() + 1) == null
                && Character.isUpperCase(ctx.tokens.get(hit.end() + 1).text().charAt(0));
    }

    /**
     * A venue named as a location that is no party's country or capital: "la conferenza di Ginevra", not "la
     * conferenza di Grillo" (a person) nor "Conferenza a Damasco" (the conflict's own capital: a domestic event).
     */
    private static boolean namedVenueAfter(SentenceContext ctx, EventLexicon.TriggerHit hit, EventInput input) {
        if (!venueAfter(ctx, hit)) {
            return false;
        }
        int at = ctx.tokens.get(hit.end() + 1).start();
        for (ActorUnit place : ctx.places) {
            if (place.start() <= at && at < place.end()) {
                return false;
            }
        }
        return input.analysis().entities().stream()
                .anyMatch(e -> e.type() == org.filo.model.EntityType.LOC && e.start() <= at && at < e.end());
    }

    /** Talks or a conference told as held somewhere: "le trattative di Ginevra", "la conferenza di pace". */
    private static boolean venueTalks(SentenceContext ctx, EventLexicon.TriggerHit hit) {
        return !hit.rule().verb() && hit.rule().has(TriggerRule.Flag.STANDING) && channelOf(ctx, hit) == Channel.MEETING;
    }

    /**
     * Trigger hits of a sentence, without capitalised ones inside it: "facoltà di Lettere", "Gruppo di
     * Contatto", "a «La Telefonata»" are names, not contacts. A capital after a quote, colon or dash
     * starts a title and still counts.
     */
    private List<EventLexicon.TriggerHit> triggers(List<Token> tokens) {
        List<EventLexicon.TriggerHit> hits = new ArrayList<>(lexicon.findTriggers(normalized(tokens)));
        hits.removeIf(h -> h.first() > 0 && Character.isUpperCase(tokens.get(h.first()).text().charAt(0))
                && Character.isLetterOrDigit(tokens.get(h.first() - 1).text().charAt(0)));
        return hits;
    }

    private static List<String> normalized(List<Token> tokens) {
        List<String> norm = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            norm.add(TokenPattern.normalize(t.text()));
        }
        return norm;
    }

    /** The last sentence that starts on content's first line: "SIRIA. Negoziato in stallo …" is one headline. */
    private static int headline(Document doc, List<Sentence> sentences) {
        int first = 0;
        while (first < sentences.size() && !overlapsContent(doc, sentences.get(first).span())) {
            first++;
        }
        if (first == sentences.size()) {
            return first;
        }
        int lineEnd = doc.text().indexOf('\n', sentences.get(first).span().start());
        int last = first;
        while (lineEnd >= 0 && last + 1 < sentences.size() && sentences.get(last + 1).span().start() < lineEnd) {
            last++;
        }
        return last;
    }

    private static boolean overlapsContent(Document doc, Span span) {
        for (Span c : doc.contentSpans()) {
            if (c.overlaps(span)) {
                return true;
            }
        }
        return false;
    }
}
