package org.filo.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.filo.model.ActorMention;
import org.filo.model.Token;

/** Turns the actor mentions of one sentence into units of tokens: one per span, titles joined to their names. */
final class ActorUnits {
    private ActorUnits() {
    }

    static List<ActorUnit> build(SentenceContext ctx, List<ActorMention> mentions, boolean places) {
        Map<String, List<String>> bySpan = new LinkedHashMap<>();
        Map<String, int[]> spans = new LinkedHashMap<>();
        for (ActorMention m : mentions) {
            if (m.start() < ctx.sentence.start() || m.end() > ctx.sentence.end()) {
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
            for (int i = 0; i < ctx.tokens.size(); i++) {
                Token t = ctx.tokens.get(i);
                if (t.start() < end && start < t.end()) {
                    if (first < 0) {
                        first = i;
                    }
                    last = i;
                }
            }
            if (first >= 0) {
                List<String> ids = bySpan.get(e.getKey());
                boolean person = ids.stream().allMatch(ctx::isPerson);
                raw.add(new ActorUnit(first, last, start, end, ids, person));
            }
        }
        raw.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(b.end(), a.end()));
        if (places) {
            return List.copyOf(raw); // places are only looked up, never coordinated or merged with titles
        }
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
            if (i + 1 < kept.size() && kept.get(i + 1).person() && !u.person() && titleGap(ctx, u, kept.get(i + 1))) {
                continue;
            }
            ActorUnit previous = result.isEmpty() ? null : result.get(result.size() - 1);
            if (previous != null && previous.actorIds().equals(u.actorIds()) && titleGap(ctx, previous, u)) {
                // "il ministro della Difesa russo Andrei Belousov": a role and a name of one actor are one unit
                result.set(result.size() - 1, new ActorUnit(previous.first(), u.last(), previous.start(), u.end(),
                        u.actorIds(), u.person()));
                continue;
            }
            result.add(u);
        }
        return List.copyOf(result);
    }

    private static boolean titleGap(SentenceContext ctx, ActorUnit left, ActorUnit right) {
        int gap = right.first() - left.last() - 1;
        if (gap > 1 || gap < 0) {
            return false;
        }
        for (int k = left.last() + 1; k < right.first(); k++) {
            if (SentenceContext.COORDINATORS.contains(ctx.norm.get(k)) || SentenceContext.BREAKERS.contains(ctx.norm.get(k))) {
                return false;
            }
        }
        return true;
    }
}
