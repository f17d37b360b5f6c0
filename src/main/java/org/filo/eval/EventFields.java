package org.filo.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Field-by-field judgement of a gold event and an output event of one document. Null counts as a value
 * (gold null and output null agree). The output initiator is an actor id, looked up among the event's
 * participants and then among the document's actors; it is right when one of its keys is in the gold list.
 */
public final class EventFields {
    private final Map<String, SystemParticipant> documentActors;

    public EventFields(Map<String, SystemParticipant> documentActors) {
        this.documentActors = Map.copyOf(documentActors);
    }

    /** One differing field of an identified pair, in words. */
    public record Difference(String field, String gold, String system) {
    }

    public boolean status(GoldEvent g, SystemEvent s) {
        return Objects.equals(g.status(), s.status());
    }

    /** Event dates compare to the day (guidelines): a time of day after a full date is dropped. */
    public boolean date(GoldEvent g, SystemEvent s) {
        // first as values, so that 24:00 of one day is 00:00 of the next
        return TimexValues.equal(g.date(), s.date()) || TimexValues.equal(toTheDay(g.date()), toTheDay(s.date()));
    }

    static String toTheDay(String value) {
        boolean fullDateThenTime = value != null && value.length() > 10 && value.charAt(10) == 'T'
                && value.substring(0, 10).matches("\\d{4}-\\d{2}-\\d{2}");
        return fullDateThenTime ? value.substring(0, 10) : value;
    }

    public boolean duration(GoldEvent g, SystemEvent s) {
        return TimexValues.equal(g.duration(), s.duration());
    }

    public boolean initiator(GoldEvent g, SystemEvent s) {
        if (g.initiator() == null || s.initiator() == null) {
            return g.initiator() == null && s.initiator() == null;
        }
        SystemParticipant actor = initiatorActor(s);
        return actor != null && ParticipantKeys.of(actor).stream().anyMatch(g.initiator()::contains);
    }

    /** How many of status, date, initiator and duration agree (the pairing's tie-break). */
    public int agreeing(GoldEvent g, SystemEvent s) {
        return (status(g, s) ? 1 : 0) + (date(g, s) ? 1 : 0) + (initiator(g, s) ? 1 : 0) + (duration(g, s) ? 1 : 0);
    }

    /** The actor the output initiator id names, or null when it names none. */
    public SystemParticipant initiatorActor(SystemEvent s) {
        if (s.initiator() == null) {
            return null;
        }
        return s.participants().stream().filter(p -> s.initiator().equals(p.actorId())).findFirst()
                .orElse(documentActors.get(s.initiator()));
    }

    public List<Difference> differences(GoldEvent g, SystemEvent s, EventPairing.Overlap overlap) {
        List<Difference> out = new ArrayList<>();
        if (!overlap.complete()) {
            out.add(new Difference("participants", slots(g.slots()) + " (overlap " + overlap.filled() + "/"
                    + overlap.denominator() + ")", participants(s.participants())));
        }
        if (!status(g, s)) {
            out.add(new Difference("status", g.status(), s.status()));
        }
        if (!date(g, s)) {
            out.add(new Difference("date", g.date(), s.date()));
        }
        if (!initiator(g, s)) {
            SystemParticipant actor = initiatorActor(s);
            String system = s.initiator() == null ? null : actor == null ? s.initiator() + " (no such actor)"
                    : s.initiator() + " " + describe(actor);
            out.add(new Difference("initiator", g.initiator() == null ? null : String.join("|", g.initiator()),
                    system));
        }
        if (!duration(g, s)) {
            out.add(new Difference("duration", g.duration(), s.duration()));
        }
        return out;
    }

    /** Gold slots as "[austin] [usa|witkoff]". */
    public static String slots(List<List<String>> slots) {
        return slots.stream().map(k -> "[" + String.join("|", k) + "]").collect(Collectors.joining(" "));
    }

    /** Output participants as "Lloyd Austin (PERSON) + Russia (COUNTRY RUS)". */
    public static String participants(List<SystemParticipant> participants) {
        return participants.stream().map(EventFields::describe).collect(Collectors.joining(" + "));
    }

    static String describe(SystemParticipant p) {
        Set<String> keys = ParticipantKeys.of(p);
        String kind = p.kind() == null ? "?" : p.kind();
        String country = "COUNTRY".equals(p.kind()) && p.country() != null ? " " + p.country() : "";
        return (p.name() == null ? String.join("|", keys) : p.name()) + " (" + kind + country + ")";
    }
}
