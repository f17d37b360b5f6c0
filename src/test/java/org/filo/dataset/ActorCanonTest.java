package org.filo.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.filo.dataset.Records.Mention;
import org.filo.dataset.Records.Participant;
import org.junit.jupiter.api.Test;

class ActorCanonTest {
    private static Mention mention(String doc, Participant... ps) {
        return new Mention(doc + "#E1", doc, "MEETING", "OCCURRED", null, null, null, null, List.of(ps), "incontro",
                "", 1, "2016-01-01", "{}");
    }

    private static Participant person(String name, String country) {
        return new Participant("A1", "PERSON", name, country, null);
    }

    @Test
    void surnameJoinsTheOneFullNameAndStaysApartWhenTwoShareIt() {
        List<Mention> ms = new ArrayList<>(List.of(
                mention("d1", person("Sergei Lavrov", "RUS")),
                mention("d2", person("Lavrov", null)),
                mention("d3", new Participant("A1", "PERSON", "Lavrov", "RUS", "ministro degli Esteri russo")),
                mention("d4", person("Ed Miliband", "GBR")),
                mention("d5", person("David Miliband", "GBR")),
                mention("d6", person("Miliband", "GBR")),
                mention("d7", new Participant("A1", "COUNTRY", "Russia", "RUS", null)),
                mention("d8", new Participant("A1", "COUNTRY", "la Russia", "RUS", null))));
        ActorCanon canon = ActorCanon.build(ms);
        List<String> ids = ms.stream().map(m -> canon.id(m.participants().get(0))).toList();
        assertEquals(List.of("PERSON:sergei-lavrov", "PERSON:sergei-lavrov", "PERSON:sergei-lavrov",
                "PERSON:ed-miliband", "PERSON:david-miliband", "PERSON:miliband", "COUNTRY:RUS", "COUNTRY:RUS"), ids);
        ActorCanon.Actor lavrov = canon.actors().stream().filter(a -> a.actorId().equals("PERSON:sergei-lavrov"))
                .findFirst().orElseThrow();
        assertEquals(List.of("Lavrov", "Sergei Lavrov"), lavrov.aliases());
        assertEquals(List.of("ministro degli Esteri russo"), lavrov.roles());
        assertEquals("Sergei Lavrov", lavrov.name());
        assertEquals(3, lavrov.numDocuments());
    }
}
