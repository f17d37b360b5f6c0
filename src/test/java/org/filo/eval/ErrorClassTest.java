package org.filo.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every sentence EventMissReasons writes falls in the class the eval's error table counts it under. */
class ErrorClassTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "document absent from the output|DOCUMENT_ABSENT",
        "no output event in this document|NOTHING_IN_DOCUMENT",
        "no gold event in this document|NOTHING_IN_DOCUMENT",
        "no output event has any of its participants|NO_SHARED_PARTY",
        "no gold event has any of its participants|NO_SHARED_PARTY",
        "channel differs: output d#E2 (overlap 2/2) is UNSPECIFIED|CHANNEL_DIFFERS",
        "participant overlap too low: output d#E1 has 1/3 (needs more than 1/2)|PARTIES_TOO_FEW",
        "output d#E1 (overlap 2/2) is paired with gold E3|PAIRED_ELSEWHERE",
        "gold E1 (overlap 2/3) is already paired with output d#E2 (duplicate record?)|PAIRED_ELSEWHERE",
    })
    void reasonToClass(String why, ErrorClass expected) {
        assertEquals(expected, ErrorClass.of(why));
    }
}
