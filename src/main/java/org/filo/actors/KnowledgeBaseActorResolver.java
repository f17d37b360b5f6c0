package org.filo.actors;

import java.time.LocalDate;
import java.nio.file.Path;
import java.util.List;
import org.filo.model.Actors;
import org.filo.model.Document;
import org.filo.model.TextAnalysis;

/**
 * Resolves a document's actors with the knowledge base of models/actors and the text's own role phrases.
 * Built once, thread-safe: all per-document state lives in the call. Mentions, only inside content spans:
 * <ul>
 * <li>names: KB forms, NER persons and later lone surnames (entityId set when a NER entity overlaps);</li>
 * <li>a role phrase with a name gives two mentions of the person: "il presidente russo" and "Vladimir Putin";
 *     a role without a name ("il leader russo", "la sua controparte russa") is the person of that country and
 *     office class mentioned last (or next); with none, the country itself;</li>
 * <li>"quest'ultimo": the last person; "i due", "i due leader", "i due Paesi": one mention per referent
 *     (the last two persons, leaders, countries), all with the same span;</li>
 * <li>capitals and seats ("Mosca", "il Cremlino", "la Casa Bianca") are the country, except as places
 *     ("a Mosca", "in Danimarca", "i colloqui di Abu Dhabi"); national ministries are organisations with a
 *     country ("ministero degli Esteri di Mosca");</li>
 * <li>demonyms: "i russi" and adjectives after officials ("funzionari statunitensi e russi"), one mention per
 *     adjective span; an adjective on a thing ("attacchi russi") is no mention.</li>
 * </ul>
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
        MentionFinder finder = new MentionFinder(kb, words, table, date);
        List<Reference> found = finder.find();
        List<Reference> resolved = new ReferenceResolver(kb, table).resolve(found);
        return ActorTable.build(resolved, finder.places(), analysis.entities(), date);
    }

    /** A one-line summary of the loaded knowledge base, for the log. */
    public String describe() {
        return "actor knowledge base: " + kb.peopleCount() + " people, " + kb.countryCount() + " countries, "
                + kb.organizationCount() + " organisations, " + kb.phraseCount() + " phrases";
    }
}
