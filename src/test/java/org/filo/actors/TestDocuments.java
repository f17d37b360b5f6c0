package org.filo.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.filo.HandTokens;
import org.filo.model.ActorMention;
import org.filo.model.Actors;
import org.filo.model.Dct;
import org.filo.model.DctSource;
import org.filo.model.Document;
import org.filo.model.Entity;
import org.filo.model.EntityType;
import org.filo.model.Language;
import org.filo.model.Span;
import org.filo.model.TextAnalysis;

/**
 * Builds a Document and a TextAnalysis by hand for resolver tests: sentences split at . ! ? and line
 * breaks, simple tokens, and named entities found by string search ({@code per("Lloyd Austin")},
 * {@code loc("Mosca", 2)} for the second occurrence).
 */
final class TestDocuments {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+['\u2019]?|[^\\s\\p{L}\\p{N}]");

    private final String text;
    private final List<Entity> entities = new ArrayList<>();
    private LocalDate dct = LocalDate.of(2024, 6, 26);

    private TestDocuments(String text) {
        this.text = text;
    }

    static TestDocuments of(String text) {
        return new TestDocuments(text);
    }

    TestDocuments dct(LocalDate date) {
        this.dct = date;
        return this;
    }

    TestDocuments per(String surface) {
        return entity(EntityType.PER, surface, 1);
    }

    TestDocuments per(String surface, int occurrence) {
        return entity(EntityType.PER, surface, occurrence);
    }

    TestDocuments loc(String surface) {
        return entity(EntityType.LOC, surface, 1);
    }

    TestDocuments loc(String surface, int occurrence) {
        return entity(EntityType.LOC, surface, occurrence);
    }

    TestDocuments org(String surface) {
        return entity(EntityType.ORG, surface, 1);
    }

    private TestDocuments entity(EntityType type, String surface, int occurrence) {
        int at = -1;
        for (int k = 0; k < occurrence; k++) {
            at = text.indexOf(surface, at + 1);
            if (at < 0) {
                throw new IllegalArgumentException("'" + surface + "' occurs fewer than " + occurrence + " times");
            }
        }
        entities.add(new Entity("T0", type, at, at + surface.length(), surface));
        return this;
    }

    Document document() {
        return new Document("test", "test.txt", null, "0", "text/plain", new Language("it", 1.0), null,
                new Dct(dct, DctSource.MANIFEST), text, List.of(new Span(0, text.length())));
    }

    TextAnalysis analysis() {
        HandTokens.Split split = HandTokens.split(text, TOKEN, (t, token, end) -> token.matches("[.!?]")
                || end == t.length() || t.charAt(end) == '\n');
        List<Entity> sorted = new ArrayList<>(entities);
        sorted.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<Entity> numbered = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Entity e = sorted.get(i);
            numbered.add(new Entity("T" + (i + 1), e.type(), e.start(), e.end(), e.text()));
        }
        return new TextAnalysis(split.sentences(), split.tokens(), numbered);
    }

    Actors resolve(ActorResolver resolver) {
        return resolver.resolve(document(), analysis());
    }

    /** "surface → actor name" for every mention, in text order, to read failures at a glance. */
    static List<String> describe(String text, Actors actors) {
        List<String> out = new ArrayList<>();
        for (ActorMention m : actors.mentions()) {
            String name = actors.actors().stream().filter(a -> a.id().equals(m.actorId())).findFirst()
                    .map(a -> a.name()).orElse("?");
            out.add(text.substring(m.start(), m.end()) + " → " + name);
        }
        return out;
    }
}
