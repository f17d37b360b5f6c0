package org.filo.pipeline;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.filo.actors.ActorResolver;
import org.filo.events.EventExtractor;
import org.filo.ingest.Ingester;
import org.filo.model.Document;
import org.filo.model.TextAnalysis;
import org.filo.nlp.DependencyParser;
import org.filo.nlp.TextAnalyzer;
import org.filo.time.TimeTagger;

/**
 * The loaded stages of the pipeline, each built once and shared by every worker thread.
 *
 * @param dctInference  a DCT from what the text says, for documents with no other date
 * @param parseSelector the sentences worth giving to the (slow) dependency parser
 */
public record Stages(Ingester ingester, TextAnalyzer analyzer, Function<Document, Optional<LocalDate>> dctInference,
                     TimeTagger time, ActorResolver actors, BiFunction<Document, TextAnalysis, BitSet> parseSelector,
                     DependencyParser parser, EventExtractor events) implements AutoCloseable {
    /** Stops what the stages run in the background (the ingester's parse threads). */
    @Override
    public void close() {
        if (ingester instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                throw new IllegalStateException("closing the ingest stage failed: " + e.getMessage(), e);
            }
        }
    }
}
