package org.filo.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import org.filo.model.Sentence;
import org.filo.model.TextAnalysis;
import org.filo.model.Token;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("models")
class CoreNlpDependencyParserTest {
    private static final ItalianTokenizer TOKENIZER = NlpResources.tokenizer(Path.of("models"));

    private static TextAnalysis tokenized(String text) {
        List<Token> tokens = TOKENIZER.tokenize(text, 0, text.length());
        List<Sentence> sentences = new SentenceSplitter(200).split(text, tokens);
        return new TextAnalysis(sentences, tokens, List.of());
    }

    private static Token token(TextAnalysis a, String word) {
        return a.tokens().stream().filter(t -> t.text().equals(word)).findFirst().orElseThrow();
    }

    @Test
    void parsesOnlyTheChosenSentencesAndMapsHeadsBackToTheProjectsTokens() {
        TextAnalysis a = tokenized("Il cielo è grigio. Biden ha parlato con Putin della crisi.");
        BitSet second = new BitSet();
        second.set(1);
        TextAnalysis parsed = ModelHolder.PARSER.parse(a, second);

        assertNull(token(parsed, "cielo").relation(), "the first sentence was not chosen");
        Token parlato = token(parsed, "parlato");
        Token biden = token(parsed, "Biden");
        Token putin = token(parsed, "Putin");
        Token con = token(parsed, "con");
        int parlatoIndex = parsed.tokens().indexOf(parlato);
        assertEquals("root", parlato.relation());
        assertEquals(-1, parlato.head());
        assertEquals(parlatoIndex, biden.head());
        assertTrue(biden.relation().startsWith("nsubj"), biden.relation());
        assertEquals(parlatoIndex, putin.head());
        assertEquals(parsed.tokens().indexOf(putin), con.head());
        // "della" is parsed as "di" + "la": the token keeps the preposition's relation to "crisi".
        Token della = token(parsed, "della");
        assertEquals(parsed.tokens().indexOf(token(parsed, "crisi")), della.head());
        assertEquals("case", della.relation());
    }

    /** Loads the tagger and parser once per test JVM. */
    static final class ModelHolder {
        static final CoreNlpDependencyParser PARSER = CoreNlpDependencyParser.load(MultiWordTokens.loadItalian());
    }
}
