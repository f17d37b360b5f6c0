package org.filo.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ActorCanonTest {
    private static ActorCanon.Name person(String name, String country) {
        return new ActorCanon.Name("PERSON", country, name);
    }

    @Test
    void surnameJoinsTheOneFullNameAndStaysApartWhenTwoShareIt() {
        List<ActorCanon.Name> names = List.of(person("Sergei Lavrov", "RUS"), person("Lavrov", null),
                person("Lavrov", "RUS"), person("Ed Miliband", "GBR"), person("David Miliband", "GBR"),
                person("Miliband", "GBR"), new ActorCanon.Name("COUNTRY", "RUS", "Russia"),
                new ActorCanon.Name("COUNTRY", "RUS", "la Russia"), person("Sergei LAVROV", "RUS"),
                person("D'Alema", "ITA"), person("d’alema", "ITA"));
        ActorCanon canon = ActorCanon.of(names);
        assertEquals(List.of("PERSON:sergei-lavrov", "PERSON:sergei-lavrov", "PERSON:sergei-lavrov",
                "PERSON:ed-miliband", "PERSON:david-miliband", "PERSON:miliband", "COUNTRY:RUS", "COUNTRY:RUS",
                "PERSON:sergei-lavrov", "PERSON:d-alema", "PERSON:d-alema"), names.stream().map(canon::id).toList());
    }
}
