package org.filo.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FurnitureLearnerTest {
    private static final String BOX = "Sostieni il giornale: dacci una mano!";

    @Test
    void learnsLinesRepeatedInEnoughDocumentsOnly() {
        List<String> texts = List.of(
                "Il ministro ha parlato con Lavrov.\n" + BOX + "\n" + BOX + "\nRoma",
                "Un altro articolo sulla Libia.\n  " + BOX.toUpperCase() + "  \nRoma",
                "Il vertice di Ginevra è rinviato.\n" + BOX + "\nLinea ripetuta in due\nRoma",
                "Linea ripetuta in due\nAncora un testo.");
        // BOX: 3 documents (twice in the first, counted once; case and spaces do not matter).
        // "Roma" is in 3 too but too short to tell from a story's word; "Linea ripetuta in due" is in 2.
        assertEquals(Map.of(FurnitureRules.normalise(BOX), 3), FurnitureLearner.learn(texts, 3));
        assertEquals(2, FurnitureLearner.learn(texts, 2).size());
    }

    @Test
    void writtenFileLoadsAsRulesThatMarkTheLines(@TempDir Path dir) throws Exception {
        Map<String, Integer> learned = FurnitureLearner.learn(List.of(BOX, BOX), 2);
        FurnitureLearner.write(learned, dir.resolve(FurnitureLearner.FILE_NAME), "test");
        Files.writeString(dir.resolve("furniture.tsv"), "# none\n");
        FurnitureRules rules = FurnitureRules.load(dir);
        assertEquals(1, rules.rules().size());
        assertNotNull(rules.match("  " + BOX + " "));
    }
}
