package org.filo.events;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.filo.model.Event;

/** Shared extractor (loaded once) and a readable one-line form of events for assertions. */
final class EventAssertions {
    static final RuleEventExtractor EXTRACTOR = load();

    private EventAssertions() {
    }

    private static RuleEventExtractor load() {
        try {
            return RuleEventExtractor.load(Path.of("models"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Event> extract(EventFixture fixture) {
        return EXTRACTOR.extract(fixture.input());
    }

    /** "PHONE_CALL OCCURRED [A1, A2] init=A1 date=2022-05-13 dur=PT1H". */
    static String describe(Event e) {
        return e.channel() + " " + e.status() + " " + e.participants().stream().sorted().collect(Collectors.toList())
                + " init=" + e.initiator() + " date=" + e.date().value() + " dur=" + e.duration().value();
    }

    /** "MEETING PLANNED A1+A2 by A1": channel, status, sorted participants and initiator, for table tests. */
    static List<String> withInitiator(EventFixture fixture) {
        return extract(fixture).stream()
                .map(e -> e.channel() + " " + e.status() + " " + String.join("+", e.participants().stream().sorted()
                        .toList()) + " by " + e.initiator()).toList();
    }

    /** A table cell of expected events, ';'-separated; empty (null) means none. */
    static List<String> expected(String cell) {
        return cell == null ? List.of() : List.of(cell.split(";"));
    }

    static List<String> describe(List<Event> events) {
        return events.stream().map(EventAssertions::describe).collect(Collectors.toList());
    }

    /** The event with the trigger texts of its mentions, for reading test output. */
    static String trace(Event e, String text) {
        return describe(e) + " <- " + e.mentions().stream().map(m -> m.trigger().of(text) + "@" + m.trigger().start())
                .collect(Collectors.joining(", "));
    }
}
