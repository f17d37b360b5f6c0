package org.filo.actors;

import org.filo.model.Actors;
import org.filo.model.Document;
import org.filo.model.TextAnalysis;

/** Groups a document's entity mentions (and role phrases, capitals, demonyms) into real parties. */
public interface ActorResolver {
    Actors resolve(Document document, TextAnalysis analysis);
}
