package org.filo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.filo.model.ActorKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Talks told only by their venue are between the sides of the conflict the article is about (issue 11). */
class ConflictSidesTest {
    private static EventFixture fixture(String text) {
        return EventFixture.of(text, "2016-03-29")
                .country("A1", "Siria", "SYR", "Siria", "Damasco")
                .person("A2", "Bashar al-Assad", "SYR", "Assad")
                .country("A3", "Russia", "RUS", "Russia", "Mosca")
                .actor("A4", ActorKind.GROUP, "opposizione", null, "opposizione")
                .actor("A5", ActorKind.ORGANIZATION, "Nazioni Unite", null, "ONU");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "L'opposizione accusa Assad. Mosca tace. Le trattative di Ginevra sono ferme.|MEETING OCCURRED A1+A4 by null",
        "L'opposizione accusa Assad. A Ginevra è in corso una conferenza di pace organizzata dall'ONU.|MEETING OCCURRED A1+A4+A5 by null",
        // talks with no venue are not told as a round: no default sides
        "L'opposizione accusa Assad. Le trattative sono ferme.|",
    })
    void venueTalksTakeTheArticlesSides(String text, String expected) {
        assertEquals(EventAssertions.expected(expected), EventAssertions.withInitiator(fixture(text)));
    }

    @Test
    void withNoOppositionNamedThereAreNoSides() {
        assertEquals(List.of(), EventAssertions.withInitiator(EventFixture.of("Mosca tace. Le trattative di Ginevra sono ferme.")
                .country("A3", "Russia", "RUS", "Mosca")));
    }

    @Test
    void everyListedSideIsAnActorName() throws IOException {
        String organizations = Files.readString(Path.of("models/actors/organizations.tsv"));
        for (String line : Files.readAllLines(Path.of("models/events/sides.tsv"))) {
            if (!line.startsWith("#") && !line.isBlank()) {
                String name = line.split("\t")[0];
                assertEquals(true, organizations.contains("\n" + name + "\t"), name + " is no actor of organizations.tsv");
            }
        }
    }
}
