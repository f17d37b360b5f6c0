package org.filo.actors;

import java.time.LocalDate;
import java.nio.file.Path;
import java.util.List;
import org.filo.model.Actors;
import org.filo.model.Document;
import org.filo.model.TextAnalysis;

/**
 * Resolves a document's actors with the knowledge base of models/actors and the text's own role phrases:
 * names (KB forms, NER persons and their surnames), countries, capitals and government buildings,
 * demonyms, organisations, roles without a name, "quest'ultimo" and "i due". Built once, thread-safe:
 * all per-document state lives in the call.
 */
public final class KnowledgeBaseActorResolver implements ActorResolver {
    private final ActorKnowledgeBase kb;

    private KnowledgeBaseActorResolver(ActorKnowledgeBase kb) {
        this.kb = kb;
    }

    /** Loads the knowledge base from {@code modelsDir/actors} (the CLI passes {@code <project>/models}). */
    public static KnowledgeBaseActorResolver load(Path modelsDir) {
        return new KnowledgeBaseActorResolver(ActorKnowledgeBase.load(modelsDir.resolve("actors")));
    }

    @Override
    public Actors resolve(Document document, TextAnalysis analysis) {
        if (document.text() == null || document.contentSpans().isEmpty()) {
            return Actors.NONE;
        }
        LocalDate date = document.dct() != null ? document.dct().value() : null;
        DocumentWords words = new DocumentWords(document, analysis, kb);
        ActorTable table = new ActorTable();
        List<Reference> found = new MentionFinder(kb, words, table, date).find();
        List<Reference> resolved = new ReferenceResolver(kb, table).resolve(found);
        return ActorTable.build(resolved, analysis.entities(), date);
    }

    /** A one-line summary of the loaded knowledge base, for the log. */
    public String describe() {
        return "actor knowledge base: " + kb.peopleCount() + " people, " + kb.countryCount() + " countries, "
                + kb.organizationCount() + " organisations, " + kb.phraseCount() + " phrases";
    }
}
