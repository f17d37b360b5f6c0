package org.filo.events;

import java.util.ArrayList;
import java.util.List;
import org.filo.model.Token;

/** Reads a trigger's subject from the dependency parse of its sentence, where the parser ran. */
final class ParsedSubject {
    private ParsedSubject() {
    }

    /**
     * Subject from the dependency parse: the nsubj of a verb trigger, or of the verb whose object a noun
     * trigger is ("hanno tenuto un colloquio"), climbing through coordinated and controlled verbs
     * ("hanno cercato e stanno cercando telefonate", "spera di parlare").
     */
    static List<ActorUnit> of(SentenceContext ctx, int trigger) {
        Token t = ctx.tokens.get(trigger);
        if (!t.isParsed()) {
            return List.of();
        }
        int base = ctx.sentence.firstToken();
        int verb = base + trigger;
        boolean verbal = t.pos() != null && (t.pos().startsWith("V") || t.pos().equals("AUX"));
        if (!verbal) {
            if (!"obj".equals(t.relation()) || t.head() < 0) {
                return List.of();
            }
            verb = t.head();
        }
        for (int hops = 0; hops < 3; hops++) {
            List<ActorUnit> subject = new ArrayList<>();
            for (int k = 0; k < ctx.size(); k++) {
                Token c = ctx.tokens.get(k);
                if (c.head() == verb && c.relation() != null && c.relation().startsWith("nsubj")) {
                    for (int j : subtree(ctx, k)) {
                        ActorUnit u = ActorGroups.unitAt(ctx, j);
                        if (u != null && !subject.contains(u) && !ctx.inPrepositionalPhrase(u)) {
                            subject.add(u);
                        }
                    }
                }
            }
            if (!subject.isEmpty()) {
                return subject;
            }
            int rel = verb - base;
            if (rel < 0 || rel >= ctx.size()) {
                return List.of();
            }
            Token v = ctx.tokens.get(rel);
            if (v.head() < 0 || !("conj".equals(v.relation()) || "xcomp".equals(v.relation()))) {
                return List.of();
            }
            verb = v.head();
        }
        return List.of();
    }

    private static List<Integer> subtree(SentenceContext ctx, int root) {
        int base = ctx.sentence.firstToken();
        List<Integer> out = new ArrayList<>(List.of(root));
        for (int i = 0; i < out.size(); i++) {
            int node = out.get(i) + base;
            for (int k = 0; k < ctx.size(); k++) {
                Token c = ctx.tokens.get(k);
                if (c.head() == node && !out.contains(k) && c.relation() != null
                        && !c.relation().startsWith("acl") && !c.relation().startsWith("advcl")
                        && !c.relation().equals("parataxis")) {
                    out.add(k);
                }
            }
        }
        return out;
    }

}
