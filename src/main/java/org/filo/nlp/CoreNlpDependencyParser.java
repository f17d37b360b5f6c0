package org.filo.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.filo.model.Sentence;
import org.filo.model.TextAnalysis;
import org.filo.model.Token;

/**
 * Part of speech and Universal Dependencies over chosen sentences, with CoreNLP's Italian tagger and
 * neural dependency parser. Both were trained on UD Italian, where "della" is "di" + "la": tokens are
 * expanded for them ({@link MultiWordTokens}) and the analysis is mapped back onto the project's tokens,
 * each keeping the parse of its first part (the preposition of "della", the verb of "parlarne").
 */
public final class CoreNlpDependencyParser implements DependencyParser {
    public static final String TAGGER = "edu/stanford/nlp/models/pos-tagger/italian.tagger";
    public static final String PARSER = "edu/stanford/nlp/models/parser/nndep/UD_Italian.gz";

    private final MaxentTagger tagger;
    private final edu.stanford.nlp.parser.nndep.DependencyParser parser;
    private final MultiWordTokens multiWords;

    public CoreNlpDependencyParser(MaxentTagger tagger, edu.stanford.nlp.parser.nndep.DependencyParser parser,
                                   MultiWordTokens multiWords) {
        this.tagger = tagger;
        this.parser = parser;
        this.multiWords = multiWords;
    }

    /** Loads the tagger and the parser from the models-italian artifact; {@code multiWords} is shared. */
    public static CoreNlpDependencyParser load(MultiWordTokens multiWords) {
        try {
            return new CoreNlpDependencyParser(new MaxentTagger(TAGGER),
                    edu.stanford.nlp.parser.nndep.DependencyParser.loadFromModelFile(PARSER), multiWords);
        } catch (RuntimeException | LinkageError e) {
            throw new IllegalStateException("cannot load the Italian tagger or parser: " + e.getMessage(), e);
        }
    }

    @Override
    public TextAnalysis parse(TextAnalysis analysis, BitSet sentences) {
        List<Token> tokens = new ArrayList<>(analysis.tokens());
        for (int s = sentences.nextSetBit(0); s >= 0; s = sentences.nextSetBit(s + 1)) {
            parseSentence(analysis.sentences().get(s), tokens);
        }
        return analysis.withTokens(tokens);
    }

    private void parseSentence(Sentence sentence, List<Token> tokens) {
        List<CoreLabel> words = new ArrayList<>();
        List<Integer> ownerOf = new ArrayList<>(); // expanded position -> document token index
        int[] firstPart = new int[sentence.tokenCount()];
        for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
            firstPart[t - sentence.firstToken()] = words.size();
            for (String part : multiWords.expand(tokens.get(t).text())) {
                CoreLabel label = new CoreLabel();
                label.setWord(part);
                label.setValue(part);
                words.add(label);
                ownerOf.add(t);
            }
        }
        tagger.tagCoreLabels(words);
        GrammaticalStructure gs;
        synchronized (parser) { // nndep keeps per-call scratch state inside the parser
            gs = parser.predict(words);
        }
        int[] head = new int[words.size()];
        String[] relation = new String[words.size()];
        for (TypedDependency d : gs.typedDependencies()) {
            int dep = d.dep().index() - 1;
            head[dep] = d.gov().index() - 1;
            relation[dep] = d.reln().toString();
        }
        for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
            int p = firstPart[t - sentence.firstToken()];
            int h = head[p];
            // A head inside the same token (the article of "della" pointing at its own noun can't; a
            // clitic at its verb can) is skipped for the head of that head.
            for (int guard = 0; h >= 0 && ownerOf.get(h) == t && guard < words.size(); guard++) {
                h = head[h];
            }
            int headToken = h < 0 ? -1 : ownerOf.get(h);
            String rel = relation[p] == null ? "dep" : relation[p];
            tokens.set(t, tokens.get(t).withParse(words.get(p).tag(), null, headToken, rel));
        }
    }
}
