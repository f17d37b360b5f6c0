package org.filo.time;

import java.util.List;
import org.filo.model.Document;
import org.filo.model.TextAnalysis;
import org.filo.model.Timex;

/** Finds the temporal expressions of a document's content and normalises them against its DCT. */
public interface TimeTagger {
    List<Timex> tag(Document document, TextAnalysis analysis);
}
