package org.filo.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimexValuesTest {
    @ParameterizedTest
    @CsvSource({
        "PT90M, PT1.5H", "PT90M, 'PT1,5H'", "P1W, P7D", "P2W, P14D", "P1Y, P12M", "P1.5Y, P18M", "PT1H, PT60M",
        "P1D, PT24H", "PT3600S, PT1H", "P1DT12H, PT36H", "P84D, P12W",
        "2022-05-13T24:00, 2022-05-14T00:00", "2021-12-31T24:00, 2022-01-01T00:00", "2022-05-13, 2022-05-13",
        "PXD, PXD"})
    void equalAfterNormalisation(String a, String b) {
        assertTrue(TimexValues.equal(a, b), a + " = " + b);
        assertTrue(TimexValues.equal(b, a), b + " = " + a);
    }

    @ParameterizedTest
    @CsvSource({
        // months and days are not converted into each other
        "P1M, P30D", "P1Y, P365D", "PT1H, PT2H", "P1M, PT1M",
        // everything but durations and T24:00 compares as strings
        "2022-05, 2022-05-01", "2021, 2021-W49", "2021-12-09TAF, 2021-12-09TEV", "PXD, P1D", "PXD, PXM",
        "2022-05-13T24:00, 2022-05-13T00:00"})
    void differentAfterNormalisation(String a, String b) {
        assertFalse(TimexValues.equal(a, b), a + " ≠ " + b);
    }

    @Test
    void nullEqualsOnlyNull() {
        assertTrue(TimexValues.equal(null, null));
        assertFalse(TimexValues.equal(null, "PT1H"));
        assertFalse(TimexValues.equal("2022", null));
    }

    @Test
    void onlyWellFormedDurationsHaveALength() {
        assertTrue(TimexValues.length("PT1.5H").isPresent());
        assertFalse(TimexValues.length("P").isPresent());
        assertFalse(TimexValues.length("PT").isPresent());
        assertFalse(TimexValues.length("PXD").isPresent());
        assertFalse(TimexValues.length("2022-05").isPresent());
    }
}
