package org.filo.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores output events against gold events document by document (see {@link EventPairing} for the
 * pairing). Identified pair: equal channel and participant overlap above 0.5; full record: identified with
 * overlap 1 and equal status and date. Unpaired output events, duplicates included, are false positives.
 */
public final class EventScorer {
    private EventScorer() {
    }

    /** Scores and appends warnings (unreadable evidence, unknown initiator ids) to {@code warnings}. */
    public static EventScores score(GoldSet gold, SystemOutput output, List<String> warnings) {
        Map<String, List<GoldEvent>> goldByDoc = new LinkedHashMap<>();
        gold.events().forEach(e -> goldByDoc.computeIfAbsent(e.docId(), k -> new ArrayList<>()).add(e));
        Map<String, List<SystemEvent>> systemByDoc = new LinkedHashMap<>();
        int outside = 0;
        int orphans = 0;
        for (SystemEvent e : output.events()) {
            if (!output.documents().containsKey(e.docId())) {
                orphans++; // its document is absent from documents.jsonl: the document counts as missing
            } else if (gold.docIds().contains(e.docId())) {
                systemByDoc.computeIfAbsent(e.docId(), k -> new ArrayList<>()).add(e);
            } else {
                outside++;
            }
        }
        if (orphans > 0) {
            warnings.add(orphans + " output events name a doc_id absent from documents.jsonl; they are ignored");
        }
        Tally t = new Tally();
        for (String docId : gold.docIds().stream().sorted().toList()) {
            SystemDocument doc = output.documents().get(docId);
            Map<String, SystemParticipant> actors = doc == null ? Map.of() : doc.actors();
            List<SystemEvent> system = systemByDoc.getOrDefault(docId, List.of()).stream()
                    .map(e -> withActors(e, actors)).toList();
            scoreDocument(goldByDoc.getOrDefault(docId, List.of()), system, doc, new EventFields(actors), t,
                    warnings);
        }
        return new EventScores(Prf.of(t.identified, t.system, t.gold), Prf.of(t.full, t.system, t.gold),
                Accuracy.of(t.participants, t.identified), Accuracy.of(t.status, t.identified),
                Accuracy.of(t.date, t.identified), Accuracy.of(t.initiator, t.identified),
                Accuracy.of(t.duration, t.identified), outside, t.missed, t.spurious, t.wrong);
    }

    private static final class Tally {
        int gold;
        int system;
        int identified;
        int full;
        int participants;
        int status;
        int date;
        int initiator;
        int duration;
        final List<EventListing.Missed> missed = new ArrayList<>();
        final List<EventListing.Spurious> spurious = new ArrayList<>();
        final List<EventListing.WrongFields> wrong = new ArrayList<>();
    }

    private static void scoreDocument(List<GoldEvent> gold, List<SystemEvent> system, SystemDocument doc,
                                      EventFields fields, Tally t, List<String> warnings) {
        t.gold += gold.size();
        t.system += system.size();
        String text = doc == null ? null : doc.text();
        List<EventPairing.Pair> pairs = EventPairing.pair(gold, system, fields);
        int[] systemOfGold = filled(gold.size());
        int[] goldOfSystem = filled(system.size());
        for (EventPairing.Pair p : pairs) {
            systemOfGold[p.gold()] = p.system();
            goldOfSystem[p.system()] = p.gold();
            GoldEvent g = gold.get(p.gold());
            SystemEvent s = system.get(p.system());
            t.identified++;
            boolean participants = p.overlap().complete();
            t.participants += participants ? 1 : 0;
            t.status += fields.status(g, s) ? 1 : 0;
            t.date += fields.date(g, s) ? 1 : 0;
            t.initiator += fields.initiator(g, s) ? 1 : 0;
            t.duration += fields.duration(g, s) ? 1 : 0;
            t.full += participants && fields.status(g, s) && fields.date(g, s) ? 1 : 0;
            List<EventFields.Difference> diffs = fields.differences(g, s, p.overlap());
            if (!diffs.isEmpty()) {
                t.wrong.add(new EventListing.WrongFields(g.docId(), g.id(), s.id(), g.channel(),
                        goldSentence(g, text), diffs));
            }
        }
        for (SystemEvent s : system) {
            if (s.initiator() != null && fields.initiatorActor(s) == null) {
                warnings.add(s.docId() + " " + s.id() + ": initiator " + s.initiator()
                        + " is neither a participant nor a document actor");
            }
        }
        for (GoldEvent g : gold) {
            checkEvidence(g, text, warnings);
        }
        for (int g = 0; g < gold.size(); g++) {
            if (systemOfGold[g] < 0) {
                GoldEvent e = gold.get(g);
                t.missed.add(new EventListing.Missed(e.docId(), e.id(), e.channel(), e.status(), e.date(),
                        EventFields.slots(e.slots()), goldSentence(e, text),
                        EventMissReasons.missed(e, system, goldOfSystem, gold, doc == null)));
            }
        }
        for (int s = 0; s < system.size(); s++) {
            if (goldOfSystem[s] < 0) {
                SystemEvent e = system.get(s);
                t.spurious.add(new EventListing.Spurious(e.docId(), e.id(), e.channel(), e.status(), e.date(),
                        EventFields.participants(e.participants()), systemSentence(e, text),
                        EventMissReasons.spurious(e, gold, systemOfGold, system)));
            }
        }
    }

    private static String goldSentence(GoldEvent g, String text) {
        String sentence = SentenceText.around(text, g.evidence());
        return sentence != null ? sentence : g.evidence() == null ? null : g.evidence().text();
    }

    private static String systemSentence(SystemEvent e, String text) {
        for (SystemEvent.Mention m : e.mentions()) {
            String s = m.sentence() != null ? SentenceText.slice(text, m.sentence())
                    : SentenceText.around(text, m.trigger());
            if (s != null) {
                return s.strip();
            }
        }
        return e.mentions().isEmpty() || e.mentions().get(0).trigger() == null ? null
                : e.mentions().get(0).trigger().text();
    }

    private static void checkEvidence(GoldEvent g, String text, List<String> warnings) {
        if (text == null || g.evidence() == null || g.evidence().text() == null) {
            return;
        }
        String found = SentenceText.slice(text, g.evidence());
        if (!g.evidence().text().equals(found)) {
            warnings.add(g.docId() + " gold " + g.id() + ": the output text at [" + g.evidence().start() + ", "
                    + g.evidence().end() + ") is " + (found == null ? "out of range" : "\"" + found + "\"")
                    + ", not the evidence \"" + g.evidence().text() + "\" (offsets or extracted text differ)");
        }
    }

    /** Fills in a participant's name, kind and country from the document actor its id names, when absent. */
    private static SystemEvent withActors(SystemEvent e, Map<String, SystemParticipant> actors) {
        List<SystemParticipant> resolved = e.participants().stream().map(p -> {
            SystemParticipant a = p.actorId() == null ? null : actors.get(p.actorId());
            return a == null || p.name() != null ? p
                    : new SystemParticipant(p.actorId(), p.kind() != null ? p.kind() : a.kind(), a.name(),
                    p.country() != null ? p.country() : a.country());
        }).toList();
        return new SystemEvent(e.docId(), e.id(), e.channel(), e.status(), resolved, e.initiator(), e.date(),
                e.duration(), e.mentions());
    }

    private static int[] filled(int n) {
        int[] a = new int[n];
        Arrays.fill(a, -1);
        return a;
    }
}
