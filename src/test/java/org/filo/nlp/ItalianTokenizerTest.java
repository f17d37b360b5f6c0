package org.filo.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.filo.TableRows;
import org.filo.model.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ItalianTokenizerTest {
    private static final ItalianTokenizer TOKENIZER = NlpResources.tokenizer(Path.of("models"));

    static Stream<List<String>> cases() {
        return TableRows.read("nlp/tokenizer-cases.tsv").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void tokenizesLikeTheNerTrainingData(List<String> row) {
        String text = row.get(0);
        List<Token> tokens = TOKENIZER.tokenize(text, 0, text.length());
        assertEquals(row.get(1), String.join("|", tokens.stream().map(Token::text).toList()));
        for (Token t : tokens) {
            assertEquals(t.text(), text.substring(t.start(), t.end()), "token text is its exact slice");
        }
    }

    @Test
    void everyAbbreviationOfTheListKeepsItsPeriod() {
        for (String abbreviation : NlpResources.abbreviations(Path.of("models"))) {
            String text = "vedi " + abbreviation + " Rossi";
            List<Token> tokens = TOKENIZER.tokenize(text, 0, text.length());
            assertEquals(abbreviation, tokens.get(1).text(), text);
        }
    }

    @Test
    void tokenizesOnlyTheRequestedRange() {
        String text = "uno due tre";
        List<Token> tokens = TOKENIZER.tokenize(text, 4, 7);
        assertEquals(1, tokens.size());
        assertEquals(new Token(4, 7, "due"), tokens.get(0));
    }
}
