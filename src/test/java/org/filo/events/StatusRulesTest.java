package org.filo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.filo.model.TimexType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Status from modality, negation and aspect; negated and hypothetical contacts are no events. */
class StatusRulesTest {
    private static EventFixture fixture(String sentence) {
        return EventFixture.of(sentence, "2023-04-20")
                .person("A1", "Antonio Tajani", "ITA", "Antonio Tajani", "Tajani")
                .person("A2", "Sergei Lavrov", "RUS", "Sergei Lavrov", "Lavrov")
                .country("A3", "Italia", "ITA", "Italia", "Roma")
                .country("A4", "Russia", "RUS", "Russia", "Mosca")
                .plural("I due ministri", "A1", "A2")
                .timex("12 marzo", TimexType.DATE, "2023-03-12")
                .timex("martedì", TimexType.DATE, "2023-04-18")
                .timex("domani", TimexType.DATE, "2023-04-21");
    }

    private static List<String> statuses(String sentence) {
        return EventAssertions.extract(fixture(sentence)).stream().map(e -> e.status().name()).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Tajani ha parlato con Lavrov della crisi.|OCCURRED",
        "Tajani dovrebbe incontrare Lavrov a Ginevra.|PLANNED",
        "Tajani spera di parlare con Lavrov entro la fine del mese.|PLANNED",
        "I due ministri hanno accettato di continuare a parlare.|PLANNED",
        "Tajani incontrerà Lavrov a Istanbul.|PLANNED",
        "È prevista una telefonata tra Tajani e Lavrov.|PLANNED",
        "In vista dell'incontro tra Tajani e Lavrov, i diplomatici hanno lavorato.|PLANNED",
        // denied until a condition is met: declined; denied outright: no contact
        "Tajani ha detto che non ci sarà alcun incontro con Lavrov finché non cesseranno i bombardamenti.|REFUSED",
        "Tajani ha detto che non ci sarà alcun incontro con Lavrov a meno che cessino i bombardamenti.|REFUSED",
        "Resta confermata la telefonata di domani tra Tajani e Lavrov.|PLANNED",
        "Tajani ha commentato l'imminente incontro con Lavrov.|PLANNED",
        "Tajani ha cercato un incontro con Lavrov, ma Mosca si è rifiutata.|REFUSED",
        "Lavrov ha rifiutato un incontro con Tajani.|REFUSED",
        "L'Italia e la Russia hanno stabilito una linea diretta.|ESTABLISHED",
        "La linea diretta tra Roma e Mosca è stata sospesa.|SUSPENDED",
        "L'Italia e la Russia hanno concordato di riprendere i contatti militari.|RESUMED",
        "L'Italia e la Russia hanno ripristinato le linee di comunicazione militari.|RESUMED",
    })
    void statusOfTheContact(String sentence, String status) {
        assertEquals(List.of(status), statuses(sentence));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Tajani non ha parlato con Lavrov.",
        "Nessuna telefonata tra Tajani e Lavrov è prevista.",
        "Un incontro tra Tajani e Lavrov non è stato discusso.",
        "Qualsiasi negoziazione deve avvenire tra Roma e Mosca, e qualsiasi incontro tra Tajani e Lavrov anche.",
        "Per vedere se è possibile programmare una telefonata tra Tajani e Lavrov.",
        "La Russia era aperta a parlare con l'Italia.",
        "I diplomatici russi si sono ripetutamente rifiutati di parlare con Tajani e Lavrov.",
    })
    void noEventWhenNegatedOrHypothetical(String sentence) {
        assertEquals(List.of(), statuses(sentence));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "I due ministri non si parlano dal 12 marzo.|OCCURRED 2023-03-12",
        "I due ministri hanno parlato l'ultima volta il 12 marzo.|OCCURRED 2023-03-12",
    })
    void lastContactIsAnEventOnItsDate(String sentence, String expected) {
        assertEquals(List.of(expected), EventAssertions.extract(fixture(sentence)).stream()
                .map(e -> e.status() + " " + e.date().value()).toList());
    }
}
