package org.filo.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.filo.events.TriggerRule.Flag;
import org.filo.model.Channel;
import org.filo.model.Token;

/**
 * Finds the parties of one trigger from sentence structure: the dependency parse where the sentence was
 * parsed (subject of the trigger or of its governing verb), otherwise surface patterns ("tra X e Y",
 * "con X", "X e Y hanno tenuto un colloquio", "X ha convocato Y").
 */
final class ParticipantFinder {
    /** "in visita a Mosca", "in visita nella capitale afgana Kabul": what introduces a visit's host. */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("a", "ad", "al", "allo", "alla", "all'", "ai",
            "agli", "alle", "in", "nel", "nello", "nella", "nell'", "nei", "negli", "nelle");
    private static final Set<String> BETWEEN = Set.of("tra", "fra");
    private static final Set<String> WITH = Set.of("con", "col");
    private static final Set<String> TO = Set.of("a", "ad", "al", "alla", "allo", "all'", "ai", "agli", "alle");
    /** Prepositions that can introduce a party of an exchange ("ai diplomatici", "con Kiev", "tra i due"). */
    private static final Set<String> ADDRESSEE = Set.of("a", "ad", "al", "alla", "allo", "all'", "ai", "agli",
            "alle", "con", "col", "tra", "fra");
    static final Set<String> FROM = Set.of("da", "dal", "dalla", "dallo", "dall'", "dai", "dagli");
    static final Set<String> OF = Set.of("di", "del", "della", "dello", "dell'", "dei", "degli", "delle");

    private ParticipantFinder() {
    }

    static Parties find(SentenceContext ctx, EventLexicon.TriggerHit hit) {
        return Intermediary.with(ctx, hit, hit.rule().verb() ? forVerb(ctx, hit) : forNoun(ctx, hit));
    }

    private static Parties forVerb(SentenceContext ctx, EventLexicon.TriggerHit hit) {
        TriggerRule rule = hit.rule();
        int cs = ctx.clauseStartOf(hit.first());
        int ce = ctx.clauseEndOf(hit.first());
        List<ActorUnit> agent = Passive.agent(ctx, hit, ce);
        if (!agent.isEmpty()) { // "X è stato ricevuto da Y": Y receives, X is received
            return parties(ctx, agent, subject(ctx, cs, hit.first(), agent), 0.75);
        }
        List<ActorUnit> object = withGroup(ctx, hit.end(), ce, 8);
        if (object.isEmpty() && rule.has(Flag.OBJ)) {
            object = Complements.directObject(ctx, hit.end(), ce);
        }
        if (object.isEmpty() && rule.has(Flag.A_OBJ)) {
            object = ActorGroups.groupAfterWord(ctx, hit.end(), ce, 4, TO);
        }
        boolean hosted = false;
        if (object.isEmpty() && rule.has(Flag.PLACE_HOST)) {
            object = PlaceHost.after(ctx, hit.end(), ce);
            if (!object.isEmpty() && PlaceHost.purposeFollows(ctx, object)) {
                return Parties.NONE;
            }
            object = object.isEmpty() ? PlaceHost.before(ctx, hit.first()) : object;
            hosted = !object.isEmpty();
        }
        if (object.isEmpty() && rule.has(Flag.NEEDS_OBJ)) {
            return Parties.NONE;
        }
        if (object.isEmpty() && rule.has(Flag.TOPIC) && TalkAbout.topicFollows(ctx, hit.end())
                && !TalkAbout.reciprocal(ctx, hit)) {
            return Parties.NONE; // "Cockburn e Sengupta parlano dell'ammasso di cadaveri": talk about, not with
        }
        List<ActorUnit> subject = subject(ctx, cs, hit.first(), object);
        double confidence = 0.8;
        if (subject.isEmpty()) {
            subject = Complements.agentBefore(ctx, hit.first(), object); // "un tentativo da parte di Gheddafi di trattare"
            confidence = 0.7;
        }
        if (subject.isEmpty()) {
            // not from a later clause: in "X si riuniranno a Tunisi: … il via libera di Cina e Russia" the
            // parties after the colon are no subject of the verb
            subject = ActorGroups.subjectGroup(ctx, 0, ce, object);
            confidence = 0.6;
        }
        if (hosted && PlaceHost.foreignTo(ctx, object, subject).isEmpty()) {
            return Parties.NONE; // "Putin è volato a Mosca": a return home is no visit
        }
        return parties(ctx, subject, object, confidence);
    }

    private static Parties forNoun(SentenceContext ctx, EventLexicon.TriggerHit hit) {
        int cs = ctx.clauseStartOf(hit.first());
        int ce = ctx.clauseEndOf(hit.first());
        // A document noun ("lettera") names an exchange only with "tra" right after it: in "Dalle lettere
        // emergerebbe un coordinamento tra X e Y" the "tra" belongs to another noun.
        boolean document = hit.rule().has(Flag.NEEDS_OBJ);
        int betweenReach = document ? 2 : 16;
        List<ActorUnit> between = ActorGroups.groupAfterWord(ctx, hit.end(), Math.min(ctx.size(), hit.end() + betweenReach), 0,
                BETWEEN);
        if (ActorGroups.ids(between).size() >= 2) {
            return new Parties(ActorGroups.ids(between), List.of(), 0.85, false);
        }
        List<ActorUnit> hyphen = hyphenated(ctx, hit);
        if (ActorGroups.ids(hyphen).size() >= 2) {
            return new Parties(ActorGroups.ids(hyphen), List.of(), 0.8, false);
        }
        ActorUnit next = ActorGroups.unitAt(ctx, hit.end());
        if (next != null && !ctx.isLocative(next) && !document) {
            List<ActorUnit> named = new ArrayList<>(ctx.groupOf(next));
            named.removeIf(u -> u.first() < hit.end());
            if (ActorGroups.ids(named).size() >= 2) {
                return new Parties(ActorGroups.ids(named), List.of(), 0.75, false); // "Incontro Clinton, Cameron e Sarkozy"
            }
        }
        int ofFrom = hit.end();
        if (ofFrom + 2 < ctx.size() && OF.contains(ctx.norm.get(ofFrom))
                && ctx.cueStartsAt(Cue.Category.REPRESENTATIVE, ofFrom + 1)) {
            ofFrom += 2; // "una riunione di rappresentanti di Mosca, degli Usa e dell'Onu"
        }
        List<ActorUnit> of = ActorGroups.groupAfterWord(ctx, ofFrom, Math.min(ce, ofFrom + 2), 0, OF);
        if (ActorGroups.ids(of).size() >= 2 && !document) { // "la lettera di X e Y" names the senders only
            return new Parties(ActorGroups.ids(of), List.of(), 0.75, false);
        }
        List<ActorUnit> counterpart = withGroup(ctx, hit.end(), ce, 8);
        boolean ofsWith = false;
        if (counterpart.isEmpty() && !of.isEmpty()) {
            // "il colloquio telefonico del presidente Asif Ali Zardari con Barack Obama": X's talk with Y
            counterpart = withGroup(ctx, of.get(of.size() - 1).last() + 1, ce, 2);
            ofsWith = !counterpart.isEmpty();
        }
        if (counterpart.isEmpty() && hit.rule().has(Flag.A_OBJ)) {
            counterpart = ActorGroups.groupAfterWord(ctx, hit.end(), ce, 4, TO);
        }
        if (counterpart.isEmpty() && hit.rule().channel() == Channel.MEETING) {
            counterpart = Complements.organiser(ctx, hit.end(), ce); // "una conferenza di pace organizzata dall'ONU"
        }
        if (counterpart.isEmpty() && hit.rule().channel() != Channel.MEETING) {
            counterpart = ActorGroups.groupAfterWord(ctx, hit.end(), ce, 3, FROM); // "ha ricevuto una telefonata da X"
            if (!counterpart.isEmpty() && Authorship.readOnly(ctx, hit)) {
                return Parties.NONE; // "Bush ha letto la lettera scritta da Lincoln": Lincoln's letter, Bush no party
            }
        }
        boolean hosted = false;
        if (counterpart.isEmpty() && hit.rule().has(Flag.PLACE_HOST)) {
            // a place first: in "la visita a Damasco del ministro Lavrov" the actor after it is the visitor
            List<ActorUnit> place = PlaceHost.after(ctx, hit.end(), ce);
            if (place.isEmpty()) {
                counterpart = ActorGroups.groupAfterWord(ctx, hit.end(), ce, 3, PLACE_PREPOSITIONS);
            } else if (PlaceHost.purposeFollows(ctx, place)) {
                return Parties.NONE;
            } else {
                counterpart = place; // "il viaggio del Papa in Libano"
                hosted = true;
                if (of.isEmpty()) { // "l'ultima visita a Parigi del presidente siriano"
                    int after = place.get(place.size() - 1).last() + 1;
                    of = ActorGroups.groupAfterWord(ctx, after, Math.min(ce, after + 1), 0, OF);
                }
            }
        }
        if (counterpart.isEmpty() && hit.rule().has(Flag.NEEDS_OBJ)) {
            return Parties.NONE;
        }
        // "la visita di un ministro italiano in Siria": the visitor is the one "di" names, whoever tells it
        List<ActorUnit> subject = (hosted || ofsWith) && !of.isEmpty() ? of : subject(ctx, cs, hit.first(), counterpart);
        if (subject.isEmpty() && !of.isEmpty()) {
            subject = of;
        }
        if (!counterpart.isEmpty()) {
            Parties each = eachOfTheirs(ctx, hit, counterpart);
            if (each != null) {
                return each;
            }
            if (subject.isEmpty() && possessive(ctx, hit.first())) {
                // "la sua chiamata con Putin" with no subject in sight: whose call is for the merger to decide
                return new Parties(List.of(), ActorGroups.ids(counterpart), 0.5, false);
            }
            if (subject.isEmpty()) {
                subject = ActorGroups.nearestBefore(ctx, hit.first(), Genitives.with(ctx, counterpart));
            }
            if (subject.isEmpty()) {
                subject = anySubject(ctx, counterpart); // "Dopo 45 minuti di colloquio con Putin, Erdogan …"
            }
            if (hosted && PlaceHost.foreignTo(ctx, counterpart, subject).isEmpty()) {
                return Parties.NONE;
            }
            return parties(ctx, subject, counterpart, 0.75);
        }
        // "X e Y hanno tenuto un colloquio": the subject counts only close before the noun.
        if (ActorGroups.ids(subject).size() >= 2 && hit.first() - subject.get(subject.size() - 1).last() <= 8
                && (hit.rule().has(Flag.STANDING)
                        || lightVerbBetween(ctx, subject.get(subject.size() - 1).last(), hit.first()))) {
            return new Parties(ActorGroups.ids(subject), List.of(), 0.7, false);
        }
        return Parties.NONE;
    }

    private static boolean lightVerbBetween(SentenceContext ctx, int from, int to) {
        for (EventLexicon.CueHit cue : ctx.cues) {
            if (cue.category() == Cue.Category.LIGHT && cue.first() > from && cue.first() < to) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Germania, Belgio e Spagna, durante i loro incontri con il regime": "loro" after a coordination reads
     * it distributively, one contact per member with the one counterpart.
     */
    private static Parties eachOfTheirs(SentenceContext ctx, EventLexicon.TriggerHit hit, List<ActorUnit> counterpart) {
        boolean theirs = false;
        for (int k = hit.first() - 1; k >= 0 && k >= hit.first() - 2; k--) {
            theirs |= ctx.norm.get(k).equals("loro");
        }
        List<String> other = ActorGroups.ids(counterpart);
        if (!theirs || other.size() != 1) {
            return null;
        }
        List<String> members = ActorGroups.ids(ActorGroups.nearestBefore(ctx, hit.first(), counterpart));
        members.removeAll(other);
        if (members.size() < 2) {
            return null;
        }
        return new Parties(members, java.util.Collections.nCopies(members.size(), other.get(0)), 0.7, true);
    }

    private static boolean possessive(SentenceContext ctx, int trigger) {
        for (int k = trigger - 1; k >= 0 && k >= trigger - 2; k--) {
            if (Set.of("sua", "suo", "sue", "suoi").contains(ctx.norm.get(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The two countries of the trigger's clause, when no structure says more ("i negoziatori russi hanno
     * chiesto ai diplomatici statunitensi … durante una riunione"): a weak reading, and only for two
     * countries, since people and bodies named around an indefinite noun are rarely its parties.
     */
    static Parties clauseActors(SentenceContext ctx, EventLexicon.TriggerHit hit) {
        int cs = ctx.clauseStartOf(hit.first());
        int ce = ctx.clauseEndOf(hit.first());
        List<ActorUnit> in = new ArrayList<>();
        for (ActorUnit u : ctx.units) {
            String preposition = ctx.governingPreposition(u);
            boolean party = preposition == null || ADDRESSEE.contains(preposition);
            if (u.first() >= cs && u.last() < ce && !ctx.isLocative(u) && party) {
                in.add(u);
            }
        }
        List<String> ids = ActorGroups.ids(in);
        boolean twoCountries = ids.size() == 2 && ids.stream().allMatch(ctx::isCountry);
        return twoCountries ? new Parties(ids, List.of(), 0.5, false) : Parties.NONE;
    }

    private static Parties parties(SentenceContext ctx, List<ActorUnit> subject, List<ActorUnit> object,
                                   double confidence) {
        List<String> s = ActorGroups.ids(subject);
        List<String> o = ActorGroups.ids(object);
        o.removeAll(s);
        boolean distributive = s.size() >= 2 && s.size() == o.size()
                && subject.stream().allMatch(ActorUnit::person) && object.stream().allMatch(ActorUnit::person);
        return new Parties(s, o, confidence, distributive);
    }

    /** "con X (e Y)" within a few tokens after position from. */
    private static List<ActorUnit> withGroup(SentenceContext ctx, int from, int clauseEnd, int reach) {
        from = Complements.afterAside(ctx, from, clauseEnd); // "un colloquio, su richiesta turca, con Erdogan"
        return ActorGroups.groupAfterWord(ctx, from, Math.min(clauseEnd, from + reach), 4, WITH);
    }

    /** A subject outside the trigger's clause ("Dopo aver parlato con X, Biden …", "Y ha detto che spera di …"). */
    private static List<ActorUnit> anySubject(SentenceContext ctx, List<ActorUnit> exclude) {
        return ActorGroups.subjectGroup(ctx, 0, ctx.size(), Genitives.with(ctx, exclude));
    }

    /** "la chiamata Biden-Zelenskyy": several actors inside the token after the trigger. */
    private static List<ActorUnit> hyphenated(SentenceContext ctx, EventLexicon.TriggerHit hit) {
        List<ActorUnit> found = new ArrayList<>();
        if (hit.end() < ctx.size() && ctx.tokens.get(hit.end()).text().contains("-")) {
            Token t = ctx.tokens.get(hit.end());
            for (ActorUnit u : ctx.units) {
                if (u.start() >= t.start() && u.end() <= t.end()) {
                    found.add(u);
                }
            }
        }
        return found;
    }

    /** The surface subject unless the parse names parties the surface missed. */
    private static List<ActorUnit> subject(SentenceContext ctx, int cs, int trigger, List<ActorUnit> exclude) {
        List<ActorUnit> surface = ActorGroups.subjectGroup(ctx, cs, trigger, exclude);
        List<ActorUnit> parsed = new ArrayList<>(ParsedSubject.of(ctx, trigger));
        parsed.removeAll(exclude);
        if (parsed.isEmpty() || ActorGroups.ids(surface).containsAll(ActorGroups.ids(parsed))) {
            return surface;
        }
        return surface.isEmpty() || java.util.Collections.disjoint(ActorGroups.ids(surface), ActorGroups.ids(parsed)) ? parsed : surface;
    }

}
