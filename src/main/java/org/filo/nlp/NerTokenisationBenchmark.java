package org.filo.nlp;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.filo.model.EntityType;
import org.filo.model.Token;
import org.filo.nlp.DetokenisedSentence.CharEntity;
import org.filo.nlp.ner.NerMention;
import org.filo.nlp.ner.NerTagger;

/**
 * Which tokenisation serves the NER model best on running text (issue 3): each tokenisation cuts the
 * detokenised gold sentences into words, the tagger labels them, and the predicted entities, mapped back to
 * characters, are scored span-exact against the gold character spans, so every tokenisation is judged
 * on the same thing whatever its words.
 */
public final class NerTokenisationBenchmark {
    private final NerTagger tagger;

    public NerTokenisationBenchmark(NerTagger tagger) {
        this.tagger = tagger;
    }

    /**
     * Counts of one tokenisation: overall and per type, gold entities whose edges fall inside a word (no
     * labelling of these words can find them), and the tokenizer's own speed.
     */
    public record Result(String name, Counts overall, Map<EntityType, Counts> byType, int unreachable,
                         long tokens, double tokenizerSeconds) {
        public double tokensPerSecond() {
            return tokenizerSeconds > 0 ? tokens / tokenizerSeconds : Double.NaN; // NaN: not timed
        }
    }

    /** Span-exact matches: true positives, predictions, gold entities. */
    public record Counts(int correct, int predicted, int gold) {
        Counts plus(Counts o) {
            return new Counts(correct + o.correct, predicted + o.predicted, gold + o.gold);
        }

        public double precision() {
            return predicted == 0 ? 0 : (double) correct / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) correct / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /**
     * Tokenises every sentence once untimed (warm-up), then again, timed, in whole passes until at least a
     * second has gone by, then tags and scores.
     *
     * @param tokenization one sentence's text → its words with character spans
     */
    public Result run(String name, List<DetokenisedSentence> sentences,
                      Function<String, List<SpannedWord>> tokenization) {
        List<List<SpannedWord>> tokenised = new ArrayList<>(sentences.size());
        for (DetokenisedSentence s : sentences) {
            tokenised.add(tokenization.apply(s.text()));
        }
        int passes = 0;
        long t0 = System.nanoTime();
        do {
            for (DetokenisedSentence s : sentences) {
                tokenization.apply(s.text());
            }
            passes++;
        } while (System.nanoTime() - t0 < 1_000_000_000L);
        return score(name, sentences, tokenised, (System.nanoTime() - t0) / 1e9 / passes);
    }

    /** The gold KIND words themselves, as a reference (not timed). */
    public Result runOnGoldWords(String name, List<DetokenisedSentence> sentences) {
        return score(name, sentences, sentences.stream().map(DetokenisedSentence::words).toList(), Double.NaN);
    }

    private Result score(String name, List<DetokenisedSentence> sentences, List<List<SpannedWord>> tokenised,
                         double seconds) {
        Map<EntityType, Counts> byType = new EnumMap<>(EntityType.class);
        for (EntityType type : EntityType.values()) {
            byType.put(type, new Counts(0, 0, 0));
        }
        long tokens = 0;
        int unreachable = 0;
        for (int i = 0; i < sentences.size(); i++) {
            List<SpannedWord> words = tokenised.get(i);
            tokens += words.size();
            score(sentences.get(i).entities(), predict(words), byType);
            unreachable += unreachable(sentences.get(i).entities(), words);
        }
        Counts overall = byType.values().stream().reduce(new Counts(0, 0, 0), Counts::plus);
        return new Result(name, overall, byType, unreachable, tokens, seconds);
    }

    private static int unreachable(List<CharEntity> gold, List<SpannedWord> words) {
        Set<Integer> starts = new HashSet<>();
        Set<Integer> ends = new HashSet<>();
        for (SpannedWord w : words) {
            starts.add(w.start());
            ends.add(w.end());
        }
        return (int) gold.stream().filter(g -> !starts.contains(g.span().start()) || !ends.contains(g.span().end()))
                .count();
    }

    private List<CharEntity> predict(List<SpannedWord> words) {
        if (words.isEmpty()) {
            return List.of();
        }
        List<String> labels = tagger.tag(words.stream().map(SpannedWord::word).toList());
        List<CharEntity> out = new ArrayList<>();
        for (NerMention m : NerMention.fromLabels(labels)) {
            out.add(new CharEntity(SpannedWord.span(words, m.startWord(), m.endWord()), m.type()));
        }
        return out;
    }

    private static void score(List<CharEntity> gold, List<CharEntity> predicted, Map<EntityType, Counts> byType) {
        Set<CharEntity> goldSet = new HashSet<>(gold);
        for (CharEntity p : new LinkedHashSet<>(predicted)) {
            byType.merge(p.type(), new Counts(goldSet.contains(p) ? 1 : 0, 1, 0), Counts::plus);
        }
        for (CharEntity g : goldSet) {
            byType.merge(g.type(), new Counts(0, 0, 1), Counts::plus);
        }
    }

    /** The project tokenizer's words: exact slices of the text. */
    public static Function<String, List<SpannedWord>> project(ItalianTokenizer tokenizer) {
        return text -> {
            List<SpannedWord> words = new ArrayList<>();
            for (Token t : tokenizer.tokenize(text, 0, text.length())) {
                words.add(new SpannedWord(t.start(), t.end(), t.text()));
            }
            return words;
        };
    }

    /**
     * The project tokenizer's words with multi-word tokens expanded from the table CoreNLP ships
     * ("della" → "di" "la"); the parts share the written word's span. With {@code keepNames}, a capitalised
     * word right after another word stays whole: mid-sentence "Dell'Utri", "Del Piero" are surnames, while
     * "Della" opening a sentence (or following a quote) is still expanded.
     */
    public static Function<String, List<SpannedWord>> projectExpanded(ItalianTokenizer tokenizer,
                                                                      MultiWordTokens multiWords,
                                                                      boolean keepNames) {
        return text -> {
            List<Token> tokens = tokenizer.tokenize(text, 0, text.length());
            List<SpannedWord> words = new ArrayList<>();
            if (keepNames) {
                for (NerWords.Part p : NerWords.of(tokens, multiWords)) {
                    Token t = tokens.get(p.token());
                    words.add(new SpannedWord(t.start(), t.end(), p.word()));
                }
                return words;
            }
            for (Token t : tokens) {
                for (String part : multiWords.expand(t.text())) {
                    words.add(new SpannedWord(t.start(), t.end(), part));
                }
            }
            return words;
        };
    }

    /** A Markdown table: P/R/F1 overall, F1 per type, tokens and tokens/s. */
    public static String table(List<Result> results) {
        StringBuilder out = new StringBuilder();
        out.append("| tokenisation | P | R | F1 | F1 PER | F1 ORG | F1 LOC | gold cut inside a word | tokens "
                + "| tokens/s |\n");
        out.append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (Result r : results) {
            out.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %d | %d | %s |%n",
                    r.name(), r.overall().precision(), r.overall().recall(), r.overall().f1(),
                    r.byType().get(EntityType.PER).f1(), r.byType().get(EntityType.ORG).f1(),
                    r.byType().get(EntityType.LOC).f1(), r.unreachable(), r.tokens(),
                    Double.isNaN(r.tokensPerSecond()) ? "–"
                            : String.format(Locale.ROOT, "%,.0f", r.tokensPerSecond())));
        }
        return out.toString();
    }
}
