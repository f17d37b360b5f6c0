package org.filo.dataset;

/** What the merge reads of extract's records: documents and their event mentions, nothing NLP-side. */
final class Records {
    private Records() {
    }

    /** One documents.jsonl line, as a contact row reads it (its articles' sites and URLs). */
    record Doc(String docId, String source, String url, String site) {
    }

    /** One events.jsonl line as the merge and a contact row read it; {@code sentence}: its first mention's. */
    record Mention(String eventId, String docId, String channel, String status, String date, String duration,
                   String trigger, String sentence, String published) {
    }

    /** Something wrong in the input, with where it is; the rest still loads. */
    record Problem(String file, long line, String message) {
        @Override
        public String toString() {
            return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
        }
    }
}
