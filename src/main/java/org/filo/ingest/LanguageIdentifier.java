package org.filo.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.tika.langdetect.optimaize.OptimaizeLangDetector;
import org.apache.tika.language.detect.LanguageDetector;
import org.apache.tika.language.detect.LanguageResult;
import org.filo.model.Language;

/**
 * Says whether a text is Italian. Optimaize decides long texts; a short text (a two-line brief) is Italian
 * when enough of its words are Italian function words, because n-gram detectors misjudge a few lines.
 */
public final class LanguageIdentifier {
    /** Share of words that must be Italian function words for a short text to count as Italian. */
    static final double MIN_FUNCTION_WORD_SHARE = 0.10;
    private static final int MAX_DETECTION_CHARS = 20_000;
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’]\\p{L}+)?");

    /** The verdict: the language to record and whether the document is to be processed as Italian. */
    public record Verdict(Language language, boolean italian) {
    }

    private final OptimaizeLangDetector detector;
    private final Set<String> functionWords;
    private final IngestConfig config;

    public LanguageIdentifier(IngestConfig config, Set<String> italianFunctionWords) {
        this.config = config;
        this.functionWords = Set.copyOf(italianFunctionWords);
        this.detector = new OptimaizeLangDetector();
        detector.loadModels();
    }

    /** Reads {@code italian-function-words.txt} (one word a line, # comments) from the ingest model folder. */
    public static Set<String> loadFunctionWords(Path ingestModels) throws IOException {
        Path file = ingestModels.resolve("italian-function-words.txt");
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(w -> w.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    public Verdict identify(String text) {
        String sample = text.length() > MAX_DETECTION_CHARS ? text.substring(0, MAX_DETECTION_CHARS) : text;
        List<LanguageResult> results = detectAll(sample);
        LanguageResult top = results.isEmpty() ? LanguageResult.NULL : results.get(0);
        double italianScore = results.stream().filter(r -> r.isLanguage("it"))
                .mapToDouble(LanguageResult::getRawScore).findFirst().orElse(0.0);
        if (top.isUnknown() || top.isLanguage("it")) {
            boolean italian = top.isLanguage("it") || functionWordShare(sample) >= MIN_FUNCTION_WORD_SHARE;
            return new Verdict(italian ? new Language("it", round(italianScore)) : Language.UNKNOWN, italian);
        }
        boolean confidentOther = top.getRawScore() >= config.notItalianScore();
        boolean shortText = sample.strip().length() < config.shortTextChars();
        if (!confidentOther || (shortText && functionWordShare(sample) >= MIN_FUNCTION_WORD_SHARE)) {
            return new Verdict(new Language("it", round(italianScore)), true);
        }
        return new Verdict(new Language(top.getLanguage(), round(top.getRawScore())), false);
    }

    /** Share of the words of a text that are Italian function words (articles, prepositions, conjunctions). */
    double functionWordShare(String text) {
        Matcher m = WORD.matcher(text);
        int words = 0;
        int hits = 0;
        while (m.find()) {
            words++;
            String w = m.group().toLowerCase(Locale.ROOT).replace('’', '\'');
            int apostrophe = w.indexOf('\'');
            if (functionWords.contains(w) || (apostrophe > 0 && functionWords.contains(w.substring(0, apostrophe + 1)))) {
                hits++;
            }
        }
        return words == 0 ? 0.0 : (double) hits / words;
    }

    private List<LanguageResult> detectAll(String text) {
        // OptimaizeLangDetector buffers text between calls: one caller at a time. Detection takes milliseconds.
        synchronized (detector) {
            LanguageDetector d = detector;
            d.reset();
            return d.detectAll(text);
        }
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }
}
