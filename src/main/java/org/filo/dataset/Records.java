package org.filo.dataset;

import java.util.List;

/** What the dataset reads from extract's records: documents and their event mentions, nothing NLP-side. */
final class Records {
    private Records() {
    }

    /** One documents.jsonl line, as a contact row reads it (its articles' sites and URLs). */
    record Doc(String docId, String source, String url, String site) {
    }

    /** One participant of a mention, as the article named it (actor id local to its document). */
    record Participant(String localId, String kind, String name, String country, String role) {
    }

    /** One events.jsonl line; {@code sentence} is the text of its first mention's sentence. */
    record Mention(String eventId, String docId, String channel, String status, String date, String dateSource,
                   String duration, String initiator, List<Participant> participants, String trigger,
                   String sentence, double confidence, String published, String json) {
    }

    /** Something wrong in the input, with where it is; the rest still loads. */
    record Problem(String file, long line, String message) {
        @Override
        public String toString() {
            return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
        }
    }
}
