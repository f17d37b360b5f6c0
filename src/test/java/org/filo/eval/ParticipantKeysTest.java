package org.filo.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ParticipantKeysTest {
    @Test
    void personGivesFullNameAndSurname() {
        assertEquals(Set.of("lloyd austin", "austin"),
                ParticipantKeys.of(new SystemParticipant("A1", "PERSON", "Lloyd Austin", "USA")));
        assertEquals(Set.of("putin"), ParticipantKeys.of(new SystemParticipant("A2", "PERSON", "Putin", "RUS")));
        assertEquals(Set.of("ursula von der leyen", "von der leyen"),
                ParticipantKeys.of(new SystemParticipant("A3", "PERSON", "Ursula  von der Leyen", null)));
    }

    @Test
    void countryGivesAlpha3AndName() {
        assertEquals(Set.of("usa", "stati uniti"),
                ParticipantKeys.of(new SystemParticipant("A1", "COUNTRY", "Stati Uniti", "USA")));
    }

    @Test
    void organisationAndGroupGiveTheirNameOnly() {
        assertEquals(Set.of("ministero degli esteri"),
                ParticipantKeys.of(new SystemParticipant("A1", "ORGANIZATION", "Ministero degli Esteri", "RUS")));
        assertEquals(Set.of("nove di bucarest"),
                ParticipantKeys.of(new SystemParticipant("A2", "GROUP", "Nove di Bucarest", null)));
    }

    @Test
    void fillsWhenOneKeyIsInTheSlot() {
        SystemParticipant witkoff = new SystemParticipant("A1", "PERSON", "Steve Witkoff", "USA");
        assertTrue(ParticipantKeys.fills(witkoff, List.of("usa", "witkoff", "kushner")));
        // a person does not yield its country: the gold lists the people it accepts
        assertFalse(ParticipantKeys.fills(witkoff, List.of("usa")));
    }
}
