package org.filo.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The rule: long texts by the detector; short ones are Italian when Italian function words are common in them. */
class LanguageIdentifierTest {
    private static final LanguageIdentifier ID =
            new LanguageIdentifier(IngestConfig.defaults(), TestIngesters.functionWords());

    @Test
    void twoLineItalianBriefIsItalian() {
        for (String brief : java.util.List.of(
                "Roma, telefonata Meloni-Biden.\nColloquio di un'ora sull'Ucraina.",
                "Mosca, Lavrov a Blinken: no a trattative.\nIl Cremlino conferma la linea.",
                "Telefonata tra Putin e Erdogan sul grano.",
                "Il premier ha sentito Macron.")) {
            LanguageIdentifier.Verdict v = ID.identify(brief);
            assertTrue(v.italian(), brief + " → " + v);
            assertEquals("it", v.language().code(), brief);
        }
    }

    @Test
    void shortEnglishBriefIsNotItalian() {
        LanguageIdentifier.Verdict v = ID.identify("The defence secretary spoke with his Russian counterpart"
                + " on Friday. The call lasted about an hour.");
        assertFalse(v.italian(), v.toString());
        assertEquals("en", v.language().code());
    }

    @Test
    void longSpanishArticleIsNotItalian() {
        LanguageIdentifier.Verdict v = ID.identify("El presidente de Estados Unidos habló por teléfono con su"
                + " homólogo ruso durante casi una hora, según informó la Casa Blanca en un comunicado. Ambos"
                + " líderes discutieron la situación en Ucrania y la posibilidad de un alto el fuego inmediato, y"
                + " acordaron mantener abiertos los canales de comunicación entre sus gobiernos en las próximas"
                + " semanas, mientras continúan las negociaciones en Estambul.");
        assertFalse(v.italian(), v.toString());
        assertEquals("es", v.language().code());
        assertTrue(v.language().confidence() > 0.8);
    }

    @Test
    void shortSpanishBriefIsNotItalian() {
        LanguageIdentifier.Verdict v = ID.identify("El presidente habló por teléfono con su homólogo ruso.\n"
                + "La llamada duró una hora.");
        assertFalse(v.italian(), v.toString());
    }

    @Test
    void functionWordShare() {
        assertTrue(ID.functionWordShare("El presidente de Estados Unidos habló con su homólogo") < 0.10);
        assertTrue(ID.functionWordShare("Il ministro della Difesa e il segretario dell’esercito") > 0.4);
        assertTrue(ID.functionWordShare("The minister of defence and the army secretary") < 0.10);
    }
}
