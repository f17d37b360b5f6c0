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

    static List<String> describe(List<Event> events) {
        return events.stream().map(EventAssertions::describe).collect(Collectors.toList());
    }

    /** The event with the trigger texts of its mentions, for reading test output. */
    static String trace(Event e, String text) {
        return describe(e) + " <- " + e.mentions().stream().map(m -> m.trigger().of(text) + "@" + m.trigger().start())
                .collect(Collectors.joining(", "));
    }
}
