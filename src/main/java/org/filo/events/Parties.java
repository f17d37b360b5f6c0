package org.filo.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Who a trigger joins: the subject side and the counterpart side (actor ids), how sure the rule that
 * found them is, and whether the two sides pair off one to one ("Austin e Milley … con Shoigu e Gerasimov").
 */
record Parties(List<String> subject, List<String> counterpart, double confidence, boolean distributive) {
    static final Parties NONE = new Parties(List.of(), List.of(), 0.0, false);

    Parties {
        subject = List.copyOf(subject);
        counterpart = List.copyOf(counterpart);
    }

    List<String> all() {
        LinkedHashSet<String> ids = new LinkedHashSet<>(subject);
        ids.addAll(counterpart);
        return new ArrayList<>(ids);
    }

    boolean enough() {
        return all().size() >= 2;
    }
}
