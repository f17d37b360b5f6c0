package org.filo.events;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.filo.model.Actor;
import org.filo.model.ActorKind;

/**
 * The guidelines' internal sessions of one side told by the parties' offices: a contact whose parties all hold an
 * office of one country's executive (a cabinet's ministers, a head of state with his prime minister) is not an
 * event between parties. Offices are read from models/events/one-side.tsv; immutable once loaded.
 */
final class OneSide {
    static final String FILE = "one-side.tsv";

    enum Office { CABINET, HEAD }

    record Row(String prefix, Office office, String example) {
    }

    private final List<Row> rows;

    OneSide(List<Row> rows) {
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparingInt((Row r) -> -r.prefix().length())); // "presidente del consiglio" first
        this.rows = List.copyOf(sorted);
    }

    static OneSide load(Path eventsDir) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String[] cells : EventLexicon.rows(eventsDir.resolve(FILE), 3)) {
            rows.add(new Row(cells[0].toLowerCase(Locale.ROOT), Office.valueOf(cells[1]), cells[2]));
        }
        return new OneSide(rows);
    }

    List<Row> rows() {
        return rows;
    }

    /** The office a role names, or null: "ministro dell'Economia" is CABINET, "portavoce" none. */
    Office officeOf(String role) {
        if (role == null) {
            return null;
        }
        String r = role.toLowerCase(Locale.ROOT).replace('’', '\'');
        for (Row row : rows) {
            if (r.equals(row.prefix()) || r.startsWith(row.prefix() + " ")) {
                return row.office();
            }
        }
        return null;
    }

    /**
     * True when every party is a person holding an executive office and they are one country's: all countries
     * known and equal, or none known and every office a cabinet's.
     */
    boolean internal(List<String> participants, Map<String, Actor> actors) {
        if (participants.size() < 2) {
            return false;
        }
        boolean allCabinet = true;
        long known = 0;
        List<String> countries = new ArrayList<>();
        for (String id : participants) {
            Actor a = actors.get(id);
            Office office = a == null || a.kind() != ActorKind.PERSON ? null : officeOf(a.role());
            if (office == null) {
                return false;
            }
            allCabinet &= office == Office.CABINET;
            if (a.country() != null) {
                known++;
                countries.add(a.country());
            }
        }
        if (known == participants.size()) {
            return countries.stream().distinct().count() == 1;
        }
        return known == 0 && allCabinet;
    }
}
