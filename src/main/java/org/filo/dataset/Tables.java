package org.filo.dataset;

import java.util.LinkedHashMap;
import java.util.Map;

/** The dataset's tables and their DuckDB columns (dataset.md); the filo_ tables are the builder's own. */
final class Tables {
    static final Map<String, String> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put("documents", "doc_id VARCHAR, source VARCHAR, url VARCHAR, title VARCHAR, site VARCHAR,"
                + " published DATE, dct_source VARCHAR, status VARCHAR, sha256 VARCHAR, event_count INTEGER,"
                + " pipeline VARCHAR");
        COLUMNS.put("mentions", "event_id VARCHAR, doc_id VARCHAR, contact_id VARCHAR, channel VARCHAR,"
                + " status VARCHAR, date VARCHAR, date_source VARCHAR, duration VARCHAR, initiator_id VARCHAR,"
                + " participant_ids VARCHAR[], trigger VARCHAR, sentence VARCHAR, confidence DOUBLE, published DATE");
        COLUMNS.put("actors", "actor_id VARCHAR, kind VARCHAR, name VARCHAR, country VARCHAR, roles VARCHAR[],"
                + " aliases VARCHAR[], num_documents INTEGER");
        COLUMNS.put("contacts", "contact_id VARCHAR, channel VARCHAR, status VARCHAR, date VARCHAR,"
                + " date_precision VARCHAR, duration VARCHAR, initiator_id VARCHAR, num_mentions INTEGER,"
                + " num_articles INTEGER, num_sources INTEGER, first_reported DATE, last_reported DATE,"
                + " status_history STRUCT(status VARCHAR, reported DATE)[], conflicts VARCHAR[], cameo VARCHAR,"
                + " plover_mode VARCHAR, source_urls VARCHAR[]");
        COLUMNS.put("contact_participants", "contact_id VARCHAR, actor_id VARCHAR, is_initiator BOOLEAN");
        // What incremental runs need, not for users: each document's fingerprint (its lines' md5), the
        // participants as written (actor ids are recomputed when a new name arrives) and their current ids.
        COLUMNS.put("filo_fingerprints", "doc_id VARCHAR, fingerprint VARCHAR");
        COLUMNS.put("filo_participants", "event_id VARCHAR, doc_id VARCHAR, line BIGINT, idx INTEGER,"
                + " local_id VARCHAR, kind VARCHAR, name VARCHAR, country VARCHAR, role VARCHAR, is_initiator BOOLEAN");
        COLUMNS.put("filo_names", "kind VARCHAR, country VARCHAR, name VARCHAR, actor_id VARCHAR");
    }

    /** The user-facing tables (exports leave the filo_ tables out). */
    static final java.util.List<String> PUBLIC = java.util.List.of("documents", "mentions", "actors", "contacts",
            "contact_participants");

    /** The GDELT event-table layout: one row per contact and pair of its actors. */
    static final String GDELT = """
            SELECT c.contact_id AS GLOBALEVENTID,
                   CAST(strftime(COALESCE(TRY_CAST(c.date AS DATE), c.first_reported), '%Y%m%d') AS INTEGER) AS SQLDATE,
                   a1.actor_id AS Actor1Code, a1.name AS Actor1Name, a1.country AS Actor1CountryCode,
                   a2.actor_id AS Actor2Code, a2.name AS Actor2Name, a2.country AS Actor2CountryCode,
                   c.cameo AS EventCode, substr(c.cameo, 1, 2) AS EventRootCode,
                   c.num_mentions AS NumMentions, c.num_sources AS NumSources, c.num_articles AS NumArticles,
                   c.source_urls[1] AS SOURCEURL
            FROM contacts c
            JOIN contact_participants p1 ON p1.contact_id = c.contact_id
            JOIN contact_participants p2 ON p2.contact_id = c.contact_id
                 AND p1.actor_id <> p2.actor_id -- each pair once; the initiator, if any, is Actor1
                 AND CASE WHEN p1.is_initiator THEN true WHEN p2.is_initiator THEN false
                          ELSE p1.actor_id < p2.actor_id END
            JOIN actors a1 ON a1.actor_id = p1.actor_id
            JOIN actors a2 ON a2.actor_id = p2.actor_id
            ORDER BY GLOBALEVENTID, Actor1Code, Actor2Code""";

    private Tables() {
    }
}
