package org.filo.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.filo.model.TimeLimit;

/**
 * Second pass, in text order: resolves roles without a name ("il leader russo", "la sua controparte
 * russa"), "quest'ultimo" and "i due" against the actors mentioned so far (and, for a role, later ones).
 * A plural reference becomes one reference per referent, all with the same span.
 */
final class ReferenceResolver {
    private final ActorKnowledgeBase kb;
    private final ActorTable table;
    private final List<Reference> history = new ArrayList<>();
    private final Map<ActorDraft, Integer> firstMention = new HashMap<>();

    ReferenceResolver(ActorKnowledgeBase kb, ActorTable table) {
        this.kb = kb;
        this.table = table;
    }

    List<Reference> resolve(List<Reference> references) {
        List<Reference> sorted = new ArrayList<>(references);
        sorted.sort(Comparator.comparingInt((Reference r) -> r.start).thenComparingInt(r -> r.end));
        for (Reference r : sorted) {
            if (r.kind == Reference.Kind.DIRECT) {
                firstMention.putIfAbsent(r.actor, r.start);
            }
        }
        for (Reference r : sorted) {
            TimeLimit.check();
            switch (r.kind) {
                case DIRECT -> history.add(r);
                case ROLE_ONLY -> {
                    ActorDraft target = roleTarget(r);
                    history.add(r.resolvedTo(target != null ? target : table.country(kb.country(r.country))));
                }
                case LAST_PERSON -> lastDistinct(1, ActorDraft::isPerson).forEach(a -> history.add(r.resolvedTo(a)));
                case PAIR_PERSONS -> pair(r, ActorDraft::isPerson);
                case PAIR_LEADERS -> {
                    if (lastDistinct(2, ActorDraft::isLeader).size() == 2) {
                        pair(r, ActorDraft::isLeader);
                    } else {
                        pair(r, ActorDraft::isPerson);
                    }
                }
                case PAIR_COUNTRIES -> pair(r, a -> a.kind == org.filo.model.ActorKind.COUNTRY);
            }
        }
        return history;
    }

    private void pair(Reference r, Predicate<ActorDraft> filter) {
        List<ActorDraft> two = lastDistinct(2, filter);
        if (two.size() == 2) {
            history.add(r.resolvedTo(two.get(1)));
            history.add(r.resolvedTo(two.get(0)));
        }
    }

    /** The last n distinct actors of the history that pass the filter, most recent first. */
    private List<ActorDraft> lastDistinct(int n, Predicate<ActorDraft> filter) {
        List<ActorDraft> found = new ArrayList<>(n);
        for (int i = history.size() - 1; i >= 0 && found.size() < n; i--) {
            ActorDraft a = history.get(i).actor;
            if (filter.test(a) && !found.contains(a)) {
                found.add(a);
            }
        }
        return found;
    }

    /**
     * The person a role without a name stands for: of the role's country and class (for "omologo" and
     * "controparte", the class of the possessor, the last person of the sentence); the most recent such
     * person, else the first one mentioned later; null when there is none.
     */
    private ActorDraft roleTarget(Reference r) {
        boolean counterpart = r.role.roleClass() == RoleClass.COUNTERPART;
        ActorDraft possessor = counterpart ? possessor(r) : null;
        List<ActorDraft> candidates = new ArrayList<>();
        for (ActorDraft p : table.people()) {
            if (!r.country.equals(p.country()) || p == possessor) {
                continue;
            }
            boolean fits = counterpart
                    ? possessor == null || possessor.classes().isEmpty() || possessor.classes().stream().anyMatch(p::holds)
                    : p.holds(r.role.roleClass());
            if (fits) {
                candidates.add(p);
            }
        }
        for (int i = history.size() - 1; i >= 0; i--) {
            if (candidates.contains(history.get(i).actor)) {
                return history.get(i).actor;
            }
        }
        ActorDraft later = null;
        for (ActorDraft c : candidates) {
            Integer first = firstMention.get(c);
            if (first != null && first > r.start && (later == null || first < firstMention.get(later))) {
                later = c;
            }
        }
        return later;
    }

    private ActorDraft possessor(Reference r) {
        for (int i = history.size() - 1; i >= 0; i--) {
            Reference h = history.get(i);
            if (h.sentence != r.sentence) {
                return null;
            }
            if (h.actor.isPerson() && !r.country.equals(h.actor.country())) {
                return h.actor;
            }
        }
        return null;
    }
}
