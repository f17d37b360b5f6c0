package org.filo.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads pre-tokenised NER data: {@code token<TAB>label} per line, a blank line between sentences. */
public final class BioTsv {
    private BioTsv() {
    }

    public static List<TaggedSentence> read(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(in, file.toString());
        }
    }

    static List<TaggedSentence> parse(BufferedReader in, String name) throws IOException {
        List<TaggedSentence> sentences = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        int lineNo = 0;
        for (String line; (line = in.readLine()) != null; ) {
            lineNo++;
            if (line.isBlank()) {
                flush(sentences, words, labels);
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab <= 0 || tab == line.length() - 1 || line.indexOf('\t', tab + 1) >= 0) {
                throw new IOException(name + ":" + lineNo + ": expected token<TAB>label, got \"" + line + "\"");
            }
            words.add(line.substring(0, tab));
            labels.add(line.substring(tab + 1).strip());
        }
        flush(sentences, words, labels);
        return List.copyOf(sentences);
    }

    private static void flush(List<TaggedSentence> out, List<String> words, List<String> labels) {
        if (!words.isEmpty()) {
            out.add(new TaggedSentence(words, labels));
            words.clear();
            labels.clear();
        }
    }

    /** The first sentences holding at least {@code minTokens} tokens together (all when fewer). */
    public static List<TaggedSentence> prefix(List<TaggedSentence> sentences, int minTokens) {
        List<TaggedSentence> out = new ArrayList<>();
        int tokens = 0;
        for (TaggedSentence s : sentences) {
            if (tokens >= minTokens) {
                break;
            }
            out.add(s);
            tokens += s.words().size();
        }
        return List.copyOf(out);
    }

    public static int tokenCount(List<TaggedSentence> sentences) {
        return sentences.stream().mapToInt(s -> s.words().size()).sum();
    }
}
