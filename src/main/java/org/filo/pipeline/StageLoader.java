package org.filo.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import org.filo.actors.KnowledgeBaseActorResolver;
import org.filo.events.RuleEventExtractor;
import org.filo.ingest.IngestConfig;
import org.filo.ingest.TikaIngester;
import org.filo.nlp.CoreNlpDependencyParser;
import org.filo.nlp.ItalianTextAnalyzer;
import org.filo.nlp.NlpResources;
import org.filo.nlp.SentenceSplitter;
import org.filo.nlp.ner.NerModels;
import org.filo.nlp.ner.NerTagger;
import org.filo.model.Document;
import org.filo.time.DctInferrer;
import org.filo.time.ItalianTimeTagger;

/** Builds every stage once from the project's models folder and the CoreNLP artifacts on the classpath. */
public final class StageLoader {
    /** Longest sentence handed to NER and the parser; longer runs (tables, live-blog dumps) are cut. */
    static final int MAX_SENTENCE_TOKENS = 250;

    private StageLoader() {
    }

    /** @throws RuntimeException with a sentence when a model or data file cannot be read */
    public static Stages load(Path modelsDir, boolean stockNer) {
        try {
            NerTagger ner = stockNer ? NerModels.loadStock() : NerModels.loadFast();
            ItalianTextAnalyzer analyzer = new ItalianTextAnalyzer(NlpResources.tokenizer(modelsDir),
                    new SentenceSplitter(MAX_SENTENCE_TOKENS), ner);
            RuleEventExtractor events = RuleEventExtractor.load(modelsDir);
            return new Stages(TikaIngester.load(IngestConfig.defaults(), modelsDir), analyzer,
                    dctInference(DctInferrer.fromModels(modelsDir)), ItalianTimeTagger.fromModels(modelsDir),
                    KnowledgeBaseActorResolver.load(modelsDir), events::sentencesToParse,
                    CoreNlpDependencyParser.load(), events);
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    private static Function<Document, Optional<LocalDate>> dctInference(DctInferrer inferrer) {
        return document -> inferrer.infer(document.text());
    }

    public static Stages load(ExtractConfig config) {
        return load(config.modelsDir(), config.stockNer());
    }
}
