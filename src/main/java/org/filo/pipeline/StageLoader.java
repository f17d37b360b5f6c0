package org.filo.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.filo.actors.KnowledgeBaseActorResolver;
import org.filo.events.RuleEventExtractor;
import org.filo.ingest.IngestConfig;
import org.filo.ingest.TikaIngester;
import org.filo.nlp.CoreNlpDependencyParser;
import org.filo.nlp.DependencyParser;
import org.filo.nlp.ItalianTextAnalyzer;
import org.filo.nlp.MultiWordTokens;
import org.filo.nlp.NlpResources;
import org.filo.nlp.SentenceSplitter;
import org.filo.nlp.ner.NerModels;
import org.filo.nlp.ner.NerTagger;
import org.filo.model.Document;
import org.filo.time.DctInferrer;
import org.filo.time.ItalianTimeTagger;

/** Builds every stage once from the project's models folder and the CoreNLP artifacts on the classpath. */
public final class StageLoader {
    /** Longest sentence handed to NER and the parser; longer runs (tables, live-blog dumps) are split. */
    static final int MAX_SENTENCE_TOKENS = 250;

    private StageLoader() {
    }

    /** @throws RuntimeException with a sentence when a model or data file cannot be read */
    public static Stages load(Path modelsDir, boolean stockNer, boolean parse) {
        // The NER model, the parser and Tika each take seconds to load: load them side by side.
        ExecutorService loader = Executors.newFixedThreadPool(2);
        try {
            Future<NerTagger> ner = loader.submit(() -> stockNer ? NerModels.loadStock() : NerModels.loadFast());
            MultiWordTokens multiWords = MultiWordTokens.loadItalian();
            Future<DependencyParser> parser = loader.submit(
                    () -> parse ? CoreNlpDependencyParser.load(multiWords) : DependencyParser.NONE);
            RuleEventExtractor events = RuleEventExtractor.load(modelsDir);
            TikaIngester ingester = TikaIngester.load(IngestConfig.defaults(), modelsDir);
            return new Stages(ingester, analyzer(modelsDir, await(ner), multiWords),
                    dctInference(DctInferrer.fromModels(modelsDir)), ItalianTimeTagger.fromModels(modelsDir),
                    KnowledgeBaseActorResolver.load(modelsDir), events::sentencesToParse, await(parser), events);
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        } finally {
            loader.shutdownNow();
        }
    }

    private static ItalianTextAnalyzer analyzer(Path modelsDir, NerTagger ner, MultiWordTokens multiWords) {
        return new ItalianTextAnalyzer(NlpResources.tokenizer(modelsDir), new SentenceSplitter(MAX_SENTENCE_TOKENS),
                ner, multiWords);
    }

    private static <T> T await(Future<T> model) {
        try {
            return model.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r
                    : new IllegalStateException("loading a model failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the models", e);
        }
    }

    private static Function<Document, Optional<LocalDate>> dctInference(DctInferrer inferrer) {
        return document -> inferrer.infer(document.text());
    }

    public static Stages load(ExtractConfig config) {
        return load(config.modelsDir(), config.stockNer(), config.parse());
    }
}
