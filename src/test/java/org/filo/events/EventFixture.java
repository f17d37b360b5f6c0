package org.filo.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.filo.HandTokens;
import org.filo.model.Actor;
import org.filo.model.ActorKind;
import org.filo.model.ActorMention;
import org.filo.model.Actors;
import org.filo.model.Dct;
import org.filo.model.DctSource;
import org.filo.model.Document;
import org.filo.model.Entity;
import org.filo.model.EntityType;
import org.filo.model.Language;
import org.filo.model.Sentence;
import org.filo.model.Span;
import org.filo.model.TextAnalysis;
import org.filo.model.Timex;
import org.filo.model.TimexType;
import org.filo.model.Token;

/**
 * Builds an {@link EventInput} for a hand-written text without the other stages: sentences split at
 * ". " and newlines, tokens by whitespace and punctuation (elisions split after the apostrophe), actor
 * mentions and timexes found by string search.
 */
final class EventFixture {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+['’]|[\\p{L}\\p{N}]+(?:[-.,][\\p{L}\\p{N}]+)*|\\S");

    private final String text;
    private final Dct dct;
    private final List<Actor> actors = new ArrayList<>();
    private final List<ActorMention> mentions = new ArrayList<>();
    private final List<Actor> placeActors = new ArrayList<>();
    private final List<ActorMention> places = new ArrayList<>();
    private final List<Timex> timexes = new ArrayList<>();
    private final List<Entity> locations = new ArrayList<>();
    private int contentEnd = -1;
    private String[] parse;

    private EventFixture(String text, Dct dct) {
        this.text = text;
        this.dct = dct;
    }

    static EventFixture of(String text, String dct) {
        return new EventFixture(text, dct == null ? Dct.NONE : new Dct(LocalDate.parse(dct), DctSource.MANIFEST));
    }

    static EventFixture of(String text) {
        return of(text, "2022-05-13");
    }

    /** An actor and a mention at every whole-word occurrence of each surface form. */
    EventFixture actor(String id, ActorKind kind, String name, String country, String... surfaces) {
        actors.add(new Actor(id, kind, name, country, null, List.of()));
        for (String surface : surfaces) {
            for (int at : occurrences(surface)) {
                mentions.add(new ActorMention(at, at + surface.length(), id, null));
            }
        }
        return this;
    }

    EventFixture person(String id, String name, String country, String... surfaces) {
        return actor(id, ActorKind.PERSON, name, country, surfaces);
    }

    /** A person with the role the actors stage gave them ("ministro dell'Economia"). */
    EventFixture holder(String id, String name, String country, String role, String... surfaces) {
        actor(id, ActorKind.PERSON, name, country, surfaces);
        Actor a = actors.remove(actors.size() - 1);
        actors.add(new Actor(a.id(), a.kind(), a.name(), a.country(), role, List.of()));
        return this;
    }

    EventFixture country(String id, String name, String code, String... surfaces) {
        return actor(id, ActorKind.COUNTRY, name, code, surfaces);
    }

    /**
     * A country named as a place ("a Mosca") at every occurrence of each surface: a place actor for ids
     * "P…", else a place mention of an actor declared before.
     */
    EventFixture place(String id, String name, String code, String... surfaces) {
        if (id.startsWith("P")) {
            placeActors.add(new Actor(id, ActorKind.COUNTRY, name, code, null, List.of()));
        }
        for (String surface : surfaces) {
            for (int at : occurrences(surface)) {
                places.add(new ActorMention(at, at + surface.length(), id, null));
            }
        }
        return this;
    }

    /** A plural reference ("I due"): one mention per referent, all with the same span. */
    EventFixture plural(String surface, String... actorIds) {
        for (int at : occurrences(surface)) {
            for (String id : actorIds) {
                mentions.add(new ActorMention(at, at + surface.length(), id, null));
            }
        }
        return this;
    }

    /** The article ends before {@code marker} (page furniture after it, as ingest would judge). */
    EventFixture contentUntil(String marker) {
        contentEnd = text.indexOf(marker);
        if (contentEnd < 0) {
            throw new IllegalArgumentException("marker not in text: " + marker);
        }
        return this;
    }

    /**
     * A hand-made parse of a one-sentence text, one "pos:relation:head" per token (head as token index,
     * -1 for the root): what the dependency parser would add.
     */
    EventFixture parsed(String... tokens) {
        this.parse = tokens;
        return this;
    }

    /** A LOC entity of the NER at every occurrence of the surface ("Ginevra"): a place that is no actor. */
    EventFixture location(String surface) {
        for (int at : occurrences(surface)) {
            locations.add(new Entity("T" + (locations.size() + 1), EntityType.LOC, at, at + surface.length(), surface));
        }
        return this;
    }

    EventFixture timex(String surface, TimexType type, String value) {
        for (int at : occurrences(surface)) {
            timexes.add(new Timex("X" + (timexes.size() + 1), type, at, at + surface.length(), surface, value, null));
        }
        return this;
    }

    EventInput input() {
        HandTokens.Split split = HandTokens.split(text, TOKEN, (t, token, end) -> end == t.length()
                || t.charAt(end) == '\n' || token.matches("[.!?]") && Character.isWhitespace(t.charAt(end)));
        List<Token> tokens = split.tokens();
        List<Sentence> sentences = split.sentences();
        if (parse != null) {
            if (parse.length != tokens.size()) {
                throw new IllegalArgumentException(parse.length + " parse entries for " + tokens.size() + " tokens: "
                        + tokens.stream().map(Token::text).toList());
            }
            for (int i = 0; i < parse.length; i++) {
                String[] p = parse[i].split(":");
                tokens.set(i, tokens.get(i).withParse(p[0], tokens.get(i).text(), Integer.parseInt(p[2]), p[1]));
            }
        }
        Document doc = new Document("test", "test.txt", null, "0", "text/plain", new Language("it", 1.0), null, dct,
                text, List.of(new Span(0, contentEnd < 0 ? text.length() : contentEnd)));
        return new EventInput(doc, new TextAnalysis(sentences, tokens, locations), timexes,
                new Actors(actors, mentions, placeActors, places));
    }

    private List<Integer> occurrences(String surface) {
        List<Integer> out = new ArrayList<>();
        int from = 0;
        while (true) {
            int at = text.indexOf(surface, from);
            if (at < 0) {
                return out;
            }
            int end = at + surface.length();
            boolean leftOk = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            boolean rightOk = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (leftOk && rightOk) {
                out.add(at);
            }
            from = at + 1;
        }
    }
}
