package org.filo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Visits and talks told by their place (issue 11): the country named as the place is the host. */
class HostPlacesTest {
    private static EventFixture fixture(String sentence) {
        return EventFixture.of(sentence, "2013-05-31")
                .person("A1", "Sergei Lavrov", "RUS", "Lavrov")
                .country("A2", "Siria", "SYR", "siriana", "Siria")
                .person("A3", "Benedetto XVI", "VAT", "Papa")
                .country("A4", "Italia", "ITA", "italiani", "ministro italiano")
                .person("A5", "Vladimir Putin", "RUS", "Putin")
                .person("A6", "Bashar al-Assad", "SYR", "Assad")
                .place("P1", "Libano", "LBN", "Libano")
                .place("P2", "Russia", "RUS", "Mosca")
                .place("A2", "Siria", "SYR", "Damasco");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Il ministro Lavrov è volato a Damasco.|MEETING OCCURRED A1+A2 by null",
        "Il ministro Lavrov si è recato nella capitale siriana Damasco.|MEETING OCCURRED A1+A2 by null",
        "Il recente viaggio del Papa in Libano è stato un successo.|MEETING OCCURRED A3+P1 by null",
        "Il recente viaggio del Papa in Libano con il suo messaggio di pace fu un successo.|MEETING OCCURRED A3+P1 by null",
        "Domani ci sarà la visita di un ministro italiano a Damasco.|MEETING PLANNED A2+A4 by null",
        // talks in a foreign capital are a meeting with the host
        "C'è una delegazione siriana a Mosca che sta negoziando i dettagli.|MEETING OCCURRED A2+P2 by null",
        // a delegation stands for who leads it
        "Una delegazione, guidata dai servizi italiani, sarebbe volata a Damasco.|MEETING OCCURRED A2+A4 by null",
        // a visit made for a meeting is that meeting
        "Lavrov è volato a Damasco per incontrare il Papa.|MEETING PLANNED A1+A3 by null",
        "Lavrov è tornato da una visita a Damasco dove ha incontrato il Papa.|MEETING OCCURRED A1+A3 by null",
        "Lavrov è partito per recarsi a Damasco, dove prenderà parte al vertice con il Papa.|MEETING PLANNED A1+A3 by null",
        "L'ultima visita a Damasco del ministro Lavrov risale al dicembre scorso.|MEETING OCCURRED A1+A2 by null",
        // the visit and the meeting with the host's president are one contact
        "Lavrov è in visita a Damasco. Lavrov ha incontrato Assad.|MEETING OCCURRED A1+A6 by null",
        // going home is no visit
        "Putin è volato a Mosca.|",
        // a place where other parties meet is no party
        "Lavrov ha incontrato a Damasco il Papa.|MEETING OCCURRED A1+A3 by null",
    })
    void hostFromPlace(String sentence, String expected) {
        assertEquals(EventAssertions.expected(expected), EventAssertions.withInitiator(fixture(sentence)));
    }
}
