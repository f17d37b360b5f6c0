package org.filo.actors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.filo.model.Document;
import org.filo.model.Entity;
import org.filo.model.EntityType;
import org.filo.model.Sentence;
import org.filo.model.Span;
import org.filo.model.TextAnalysis;

/**
 * The words of a document's content, each tagged with its sentence, and the knowledge-base phrase that
 * starts at each word (longest match that the case rule accepts; a PER entity the KB does not know
 * becomes an UNKNOWN_PERSON phrase, and so do later lone surnames of such a person).
 */
final class DocumentWords {
    /** A phrase found in the text: words [from, to) and its reading. */
    record Hit(int from, int to, Lexeme lexeme) {
        Lexeme.Type type() {
            return lexeme.type();
        }
    }

    final String text;
    final List<Word> words = new ArrayList<>();
    private final int[] sentenceEnd;
    private final Hit[] hitAt;
    private final boolean[] coveredWord;
    private final List<Hit> hits = new ArrayList<>();

    DocumentWords(Document document, TextAnalysis analysis, ActorKnowledgeBase kb) {
        this.text = document.text();
        scanContent(document, analysis);
        sentenceEnd = new int[words.size()];
        for (int i = words.size() - 1; i >= 0; i--) {
            boolean last = i == words.size() - 1 || words.get(i + 1).sentence() != words.get(i).sentence();
            sentenceEnd[i] = last ? i + 1 : sentenceEnd[i + 1];
        }
        hitAt = new Hit[words.size()];
        coveredWord = new boolean[words.size()];
        matchKnowledgeBase(kb);
        addUnknownPeople(analysis.entities(), kb);
        hits.sort((a, b) -> Integer.compare(a.from, b.from));
    }

    List<Hit> hits() {
        return hits;
    }

    int size() {
        return words.size();
    }

    Word word(int i) {
        return words.get(i);
    }

    /** The norm of word i, or "" outside the document. */
    String norm(int i) {
        return i >= 0 && i < words.size() ? words.get(i).norm() : "";
    }

    Hit hitAt(int i) {
        return i >= 0 && i < hitAt.length ? hitAt[i] : null;
    }

    int sentenceEnd(int i) {
        return sentenceEnd[i];
    }

    boolean sameSentence(int i, int j) {
        return i >= 0 && j >= 0 && i < words.size() && j < words.size()
                && words.get(i).sentence() == words.get(j).sentence();
    }

    private void scanContent(Document document, TextAnalysis analysis) {
        List<Sentence> sentences = analysis.sentences();
        int sentenceBase = sentences.size();
        List<Span> content = document.contentSpans();
        for (int c = 0; c < content.size(); c++) {
            Span span = content.get(c);
            List<Word> spanWords = new ArrayList<>();
            WordScanner.scan(text, span.start(), span.end(), sentenceBase + c, spanWords);
            int s = 0;
            for (Word w : spanWords) {
                while (s < sentences.size() && sentences.get(s).end() <= w.start()) {
                    s++;
                }
                boolean inSentence = s < sentences.size() && sentences.get(s).start() <= w.start();
                words.add(inSentence ? new Word(w.start(), w.end(), w.norm(), w.capitalized(), w.punctuation(), s) : w);
            }
        }
    }

    private void matchKnowledgeBase(ActorKnowledgeBase kb) {
        int i = 0;
        while (i < words.size()) {
            Hit hit = words.get(i).punctuation() ? null : bestAt(kb, i);
            if (hit == null) {
                i++;
                continue;
            }
            add(hit);
            i = hit.to;
        }
    }

    private Hit bestAt(ActorKnowledgeBase kb, int i) {
        boolean capital = words.get(i).capitalized();
        for (PhraseTrie.Match<Lexeme> match : kb.phrases().matchesAt(words, i, sentenceEnd[i])) {
            Lexeme best = null;
            for (Lexeme lexeme : match.values()) {
                if ((capital || !lexeme.needsCapital())
                        && (best == null || lexeme.type().ordinal() < best.type().ordinal())) {
                    best = lexeme;
                }
            }
            if (best != null) {
                return new Hit(i, i + match.length(), best);
            }
        }
        return null;
    }

    /**
     * PER entities of two or more words that no KB phrase covers are people the text introduces; their
     * surnames then stand alone, entity or not. A lone unknown word tagged PER ("Javelin", "Nel") is no
     * person unless it is such a surname or follows a role ("il generale Ryder", read by RoleParser).
     */
    private void addUnknownPeople(List<Entity> entities, ActorKnowledgeBase kb) {
        Map<String, String> fullNameBySurname = new HashMap<>();
        for (Entity e : entities) {
            if (e.type() != EntityType.PER) {
                continue;
            }
            int[] range = wordRange(e.start(), e.end());
            if (range == null || !words.get(range[0]).capitalized()) {
                continue;
            }
            dropSurnameOfAnother(range);
            range = trimFunctionWords(range, kb);
            if (range == null || covered(range[0], range[1])) {
                continue;
            }
            String name = text.substring(words.get(range[0]).start(), words.get(range[1] - 1).end())
                    .replaceAll("\\s+", " ");
            if (range[1] - range[0] >= 2) {
                add(new Hit(range[0], range[1], new Lexeme(Lexeme.Type.UNKNOWN_PERSON, name, true)));
                fullNameBySurname.putIfAbsent(words.get(range[1] - 1).norm(), name);
            }
        }
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            String fullName = fullNameBySurname.get(w.norm());
            if (fullName != null && w.capitalized() && !covered(i, i + 1)) {
                add(new Hit(i, i + 1, new Lexeme(Lexeme.Type.UNKNOWN_PERSON, fullName, true)));
            }
        }
    }

    /**
     * "Hunter Biden" is not Joe Biden: when a KB name inside a PER entity follows a capitalised word that no
     * phrase explains and whose initial matches none of the KB forms of that person, the KB reading is dropped
     * and the entity stands for a person of its own ("Serguei Lavrov" keeps Lavrov: S as in Sergei; in
     * "Cremlino Dmitri Peskov" the word before is a seat, not a first name).
     */
    private void dropSurnameOfAnother(int[] range) {
        for (int i = range[0] + 1; i < range[1]; i++) {
            Hit h = hitAt[i];
            if (h == null || h.type() != Lexeme.Type.PERSON || h.to > range[1] || coveredWord[i - 1]
                    || !words.get(i - 1).capitalized()) {
                continue;
            }
            KbEntries.PersonEntry person = (KbEntries.PersonEntry) h.lexeme.target();
            char initial = words.get(i - 1).norm().charAt(0);
            boolean sameInitial = WordScanner.normalize(person.name()).charAt(0) == initial
                    || person.variants().stream().anyMatch(v -> WordScanner.normalize(v).charAt(0) == initial);
            if (!sameInitial) {
                hits.remove(h);
                hitAt[i] = null;
                Arrays.fill(coveredWord, h.from, h.to, false);
            }
        }
    }

    /**
     * Drops function words the NER took into a name ("Alle", "Nel") and lower-case words at its end
     * ("Brennan nel"); null when nothing is left.
     */
    private int[] trimFunctionWords(int[] range, ActorKnowledgeBase kb) {
        int from = range[0];
        int to = range[1];
        while (from < to && (kb.isFunctionWord(words.get(from).norm()) || words.get(from).punctuation())) {
            from++;
        }
        while (to > from && (!words.get(to - 1).capitalized() || words.get(to - 1).punctuation())) {
            to--;
        }
        return from < to && words.get(from).capitalized() ? new int[] {from, to} : null;
    }

    private void add(Hit hit) {
        hits.add(hit);
        hitAt[hit.from] = hit;
        Arrays.fill(coveredWord, hit.from, hit.to, true);
    }

    private boolean covered(int from, int to) {
        for (int i = from; i < to; i++) {
            if (coveredWord[i]) {
                return true;
            }
        }
        return false;
    }

    /** Words [first, end) inside the character span, or null when none. */
    private int[] wordRange(int start, int end) {
        int lo = lowerBound(start);
        int hi = lo;
        while (hi < words.size() && words.get(hi).end() <= end) {
            hi++;
        }
        while (hi > lo && words.get(hi - 1).punctuation()) {
            hi--;
        }
        return hi > lo ? new int[] {lo, hi} : null;
    }

    private int lowerBound(int start) {
        int lo = 0;
        int hi = words.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (words.get(mid).start() < start) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Word index whose span starts at char offset {@code start}, or -1. */
    int wordStartingAt(int start) {
        int i = lowerBound(start);
        return i < words.size() && words.get(i).start() == start ? i : -1;
    }
}
