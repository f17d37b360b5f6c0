package org.filo.dataset;

import java.util.List;

/** What the dataset reads from extract's records: documents and their event mentions, nothing NLP-side. */
final class Records {
    private Records() {
    }

    /** One documents.jsonl line, its heavy fields (text, entities) left behind; {@code json} is the line kept for rebuilds. */
    record Doc(String docId, String source, String url, String title, String site, String published,
               String dctSource, String status, String sha256, int eventCount, String pipeline, String json) {
    }

    /** One participant of a mention, as the article named it (actor id local to its document). */
    record Participant(String localId, String kind, String name, String country, String role) {
    }

    /** One events.jsonl line; {@code sentence} is the text of its first mention's sentence. */
    record Mention(String eventId, String docId, String channel, String status, String date, String dateSource,
                   String duration, String initiator, List<Participant> participants, String trigger,
                   String sentence, double confidence, String published, String json) {
    }

    /** A document with its mentions, as one unit: re-extraction replaces both together. */
    record DocRecords(Doc doc, List<Mention> mentions) {
    }

    /** Something wrong in the input, with where it is; the rest still loads. */
    record Problem(String file, long line, String message) {
        @Override
        public String toString() {
            return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
        }
    }
}
