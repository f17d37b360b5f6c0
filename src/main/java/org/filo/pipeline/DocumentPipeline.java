package org.filo.pipeline;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;
import org.filo.events.EventInput;
import org.filo.ingest.Ingested;
import org.filo.ingest.SourceFile;
import org.filo.model.ActorMention;
import org.filo.model.Actors;
import org.filo.model.Dct;
import org.filo.model.DctSource;
import org.filo.model.Document;
import org.filo.model.Event;
import org.filo.model.ProcessedDocument;
import org.filo.model.Sentence;
import org.filo.model.Status;
import org.filo.model.TextAnalysis;
import org.filo.model.Timex;
import org.filo.nlp.DependencyParser;
import org.filo.pipeline.StageClock.Stage;

/**
 * Runs one file through every stage. Whatever goes wrong inside becomes the document's status and error
 * sentence; nothing escapes to stop the batch.
 */
public final class DocumentPipeline implements DocumentProcessor {
    private final Stages stages;
    private final LocalDate optionDct;
    private final StageClock clock;

    /** @param optionDct the {@code --dct} date for documents whose manifest and metadata give none, or null */
    public DocumentPipeline(Stages stages, LocalDate optionDct, StageClock clock) {
        this.stages = stages;
        this.optionDct = optionDct;
        this.clock = clock;
    }

    @Override
    public ProcessedDocument process(SourceFile file) {
        Ingested ingested;
        try {
            ingested = clock.time(Stage.INGEST, () -> stages.ingester().ingest(file));
        } catch (RuntimeException e) {
            return ProcessedDocument.failed(Failures.identityOnly(file), Status.FAILED,
                    Failures.sentence("reading the file failed", e));
        }
        if (ingested.status() != Status.OK) {
            return ProcessedDocument.failed(ingested.document(), ingested.status(), ingested.error());
        }
        Document document = ingested.document();
        try {
            return analyse(document);
        } catch (RuntimeException | StackOverflowError e) {
            if (Thread.currentThread().isInterrupted() || Failures.isInterruption(e)) {
                return ProcessedDocument.failed(document, Status.TIMEOUT,
                        "Processing stopped: the document ran over the time limit for one document.");
            }
            return ProcessedDocument.failed(document, Status.FAILED, Failures.sentence("analysis failed", e));
        }
    }

    private ProcessedDocument analyse(Document ingested) {
        TextAnalysis analysis = clock.time(Stage.NLP,
                () -> stages.analyzer().analyze(ingested.text(), ingested.contentSpans()));
        Document document = ingested.withDct(dct(ingested));
        List<Timex> timexes = clock.time(Stage.TIME, () -> stages.time().tag(document, analysis));
        Actors actors = clock.time(Stage.ACTORS, () -> stages.actors().resolve(document, analysis));
        TextAnalysis parsed = stages.parser() == DependencyParser.NONE ? analysis
                : clock.time(Stage.PARSE, () -> parse(document, analysis, actors));
        List<Event> events = clock.time(Stage.EVENTS,
                () -> stages.events().extract(new EventInput(document, parsed, timexes, actors)));
        HostPlaces.Kept kept = HostPlaces.keepUsed(actors, events);
        return new ProcessedDocument(document, Status.OK, null, parsed, timexes, kept.actors(), kept.events());
    }

    /** Parses the sentences that may hold an event and mention an actor. */
    private TextAnalysis parse(Document document, TextAnalysis analysis, Actors actors) {
        BitSet chosen = stages.parseSelector().apply(document, analysis);
        chosen.and(sentencesWithActors(analysis, actors));
        return chosen.isEmpty() ? analysis : stages.parser().parse(analysis, chosen);
    }

    /**
     * Sentences that mention an actor. The parser only pays where it can link a trigger to parties in its
     * own sentence; a trigger alone ("La chiamata è durata un'ora") takes its parties from context.
     */
    private static BitSet sentencesWithActors(TextAnalysis analysis, Actors actors) {
        BitSet out = new BitSet();
        List<Sentence> sentences = analysis.sentences();
        for (ActorMention m : actors.mentions()) {
            int i = Sentences.indexAt(sentences, m.start());
            if (i >= 0) {
                out.set(i);
            }
        }
        return out;
    }

    /** Manifest and metadata (set by ingest) win; then {@code --dct}; then what the text says; else none. */
    private Dct dct(Document document) {
        if (document.dct().isKnown()) {
            return document.dct();
        }
        if (optionDct != null) {
            return new Dct(optionDct, DctSource.OPTION);
        }
        return stages.dctInference().apply(document)
                .map(date -> new Dct(date, DctSource.INFERRED))
                .orElse(Dct.NONE);
    }
}
