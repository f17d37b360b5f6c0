package org.filo.nlp;

import java.util.ArrayList;
import java.util.List;
import org.filo.model.Entity;
import org.filo.model.EntityType;
import org.filo.model.Sentence;
import org.filo.model.Span;
import org.filo.model.TextAnalysis;
import org.filo.model.Token;
import org.filo.nlp.ner.NerMention;
import org.filo.nlp.ner.NerTagger;
import org.filo.model.TimeLimit;

/**
 * The language stage: the project's tokenizer and sentence splitter over the whole text, then the NER
 * model over the sentences that touch the article's content, given multi-word tokens expanded as it was
 * trained ({@link NerWords}). Entities come out with offsets taken from
 * the tokens, so every entity slices the text exactly. Thread-safe when its tagger is.
 */
public final class ItalianTextAnalyzer implements TextAnalyzer {
    private final ItalianTokenizer tokenizer;
    private final SentenceSplitter splitter;
    private final NerTagger ner;
    private final MultiWordTokens multiWords;

    public ItalianTextAnalyzer(ItalianTokenizer tokenizer, SentenceSplitter splitter, NerTagger ner,
                               MultiWordTokens multiWords) {
        this.tokenizer = tokenizer;
        this.splitter = splitter;
        this.ner = ner;
        this.multiWords = multiWords;
    }

    @Override
    public TextAnalysis analyze(String text, List<Span> regions) {
        List<Token> tokens = tokenizer.tokenize(text, 0, text.length());
        List<Sentence> sentences = splitter.split(text, tokens);
        List<Entity> entities = new ArrayList<>();
        for (Sentence sentence : sentences) {
            TimeLimit.check();
            if (!touches(sentence.span(), regions)) {
                continue;
            }
            List<Token> words = tokens.subList(sentence.firstToken(), sentence.endToken());
            List<NerWords.Part> parts = NerWords.of(words, multiWords);
            List<String> labels = ner.tag(parts.stream().map(NerWords.Part::word).toList());
            for (NerMention m : NerMention.fromLabels(labels)) {
                // An entity that starts or ends inside an expanded token takes the whole token.
                Span chars = new Span(words.get(parts.get(m.startWord()).token()).start(),
                        words.get(parts.get(m.endWord() - 1).token()).end());
                if (inside(chars, regions)) {
                    entities.add(entity(entities.size() + 1, m.type(), chars, text));
                }
            }
        }
        return new TextAnalysis(sentences, tokens, entities);
    }

    private static Entity entity(int number, EntityType type, Span span, String text) {
        return new Entity("T" + number, type, span.start(), span.end(), span.of(text));
    }

    private static boolean touches(Span span, List<Span> regions) {
        return regions.stream().anyMatch(r -> r.overlaps(span));
    }

    private static boolean inside(Span span, List<Span> regions) {
        return regions.stream().anyMatch(r -> r.contains(span));
    }
}
