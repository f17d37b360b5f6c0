package org.filo.dataset;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Applies the {@code changed} documents to the dataset {@code ds} in place: their old rows go, their new ones come
 * in, actor ids are recomputed over every name of the dataset, and {@code merge_groups} lists the participant sets
 * whose contacts must be merged again: those of the changed documents' old and new mentions and of mentions whose
 * actor ids moved. Everything else of the dataset is left as it is.
 */
final class DatasetUpdate {
    private static final String CHANGED = " IN (SELECT doc_id FROM changed)";
    private static final String SAME_NAME = "n.kind IS NOT DISTINCT FROM p.kind AND n.country IS NOT DISTINCT FROM"
            + " p.country AND n.name IS NOT DISTINCT FROM p.name";

    private DatasetUpdate() {
    }

    static void apply(DuckDBConnection c, Statement s) throws SQLException {
        // What the replaced documents' mentions were: their groups and contacts are merged again.
        s.execute("CREATE TABLE gone AS SELECT participant_ids AS k, contact_id FROM ds.mentions WHERE doc_id" + CHANGED);
        for (String t : new String[] {"documents", "mentions", "filo_participants", "filo_fingerprints"}) {
            s.execute("DELETE FROM ds." + t + " WHERE doc_id" + CHANGED);
        }
        s.execute("CREATE TABLE sites (doc_id VARCHAR, site VARCHAR)");
        // The appender on a second connection: appending on the first would end the streamed result.
        try (DuckDBConnection writer = (DuckDBConnection) c.duplicate();
             DuckDBAppender a = writer.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "sites");
             ResultSet r = s.executeQuery("SELECT doc_id, url, source FROM win_docs WHERE doc_id" + CHANGED)) {
            while (r.next()) {
                a.beginRow().append(r.getString(1)).append(Sites.site(r.getString(2), r.getString(3))).endRow();
            }
        }
        s.execute("""
                INSERT INTO ds.documents SELECT w.doc_id, w.source, w.url, w.title, s.site,
                  TRY_CAST(substr(w.dct, 1, 10) AS DATE), w.dct_source, w.status, w.sha256, w.event_count, w.pipeline
                FROM win_docs w JOIN sites s USING (doc_id) WHERE w.doc_id IN (SELECT doc_id FROM changed)""");
        s.execute("INSERT INTO ds.filo_fingerprints SELECT doc_id, fingerprint FROM win_prints WHERE doc_id" + CHANGED);
        s.execute("""
                INSERT INTO ds.filo_participants SELECT e.event_id, e.doc_id, e.line, p.i, p.v.actor, p.v.kind,
                  p.v.name, p.v.country, p.v.role, p.v.actor IS NOT DISTINCT FROM e.initiator
                FROM win_events e, LATERAL (SELECT unnest(e.participants) AS v,
                                                   unnest(generate_series(1, len(e.participants))) AS i) p
                WHERE e.doc_id IN (SELECT doc_id FROM changed)""");
        names(c, s);
        // Mentions kept whose actor ids moved (a new full name now claims a surname): their old groups are merged again.
        s.execute("""
                CREATE TABLE moved AS SELECT DISTINCT p.event_id FROM ds.filo_participants p
                JOIN renamed n ON""" + " " + SAME_NAME + " WHERE p.doc_id NOT" + CHANGED);
        s.execute("CREATE TABLE moved_from AS SELECT participant_ids AS k, contact_id FROM ds.mentions"
                + " WHERE event_id IN (SELECT event_id FROM moved)");
        s.execute("CREATE TABLE ids AS " + idsOf("p.event_id IN (SELECT event_id FROM moved) OR p.doc_id" + CHANGED));
        s.execute("UPDATE ds.mentions m SET participant_ids = i.k, initiator_id = i.initiator_id FROM ids i"
                + " WHERE m.event_id = i.event_id AND m.event_id IN (SELECT event_id FROM moved)");
        s.execute("""
                CREATE TABLE new_mentions AS SELECT e.event_id, e.doc_id, CAST(NULL AS VARCHAR) AS contact_id,
                  e.channel, e.status, e.date, e.date_source, e.duration, i.initiator_id,
                  coalesce(i.k, CAST([] AS VARCHAR[])) AS participant_ids, e.trigger, e.sentence, e.confidence,
                  TRY_CAST(substr(e.dct, 1, 10) AS DATE) AS published
                FROM win_events e LEFT JOIN ids i USING (event_id) WHERE e.doc_id IN (SELECT doc_id FROM changed)""");
        s.execute("""
                CREATE TABLE merge_groups AS SELECT k FROM gone UNION SELECT k FROM moved_from
                UNION SELECT participant_ids FROM new_mentions
                UNION SELECT participant_ids FROM ds.mentions WHERE event_id IN (SELECT event_id FROM moved)""");
        s.execute("""
                CREATE TABLE dropped AS SELECT contact_id FROM gone UNION SELECT contact_id FROM moved_from
                UNION SELECT contact_id FROM ds.mentions WHERE participant_ids IN (SELECT k FROM merge_groups)""");
        s.execute("DELETE FROM ds.contacts WHERE contact_id IN (SELECT contact_id FROM dropped)");
        s.execute("DELETE FROM ds.contact_participants WHERE contact_id IN (SELECT contact_id FROM dropped)");
    }

    /** Canonical ids of every (kind, country, name) of the dataset; {@code renamed}: those whose id changed. */
    private static void names(DuckDBConnection c, Statement s) throws SQLException {
        s.execute("CREATE TABLE names (kind VARCHAR, country VARCHAR, name VARCHAR, actor_id VARCHAR)");
        ActorCanon canon;
        java.util.List<ActorCanon.Name> all = new java.util.ArrayList<>();
        try (ResultSet r = s.executeQuery("SELECT DISTINCT kind, country, name FROM ds.filo_participants")) {
            while (r.next()) {
                all.add(new ActorCanon.Name(r.getString(1), r.getString(2), r.getString(3)));
            }
        }
        canon = ActorCanon.of(all);
        try (DuckDBAppender a = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "names")) {
            for (ActorCanon.Name n : all) {
                a.beginRow().append(n.kind()).append(n.country()).append(n.name()).append(canon.id(n)).endRow();
            }
        }
        s.execute("CREATE TABLE renamed AS SELECT p.kind, p.country, p.name FROM names n JOIN ds.filo_names p ON "
                + SAME_NAME + " WHERE n.actor_id <> p.actor_id");
        s.execute("DELETE FROM ds.filo_names");
        s.execute("INSERT INTO ds.filo_names SELECT * FROM names");
    }

    /** Per event: its canonical participant set (sorted, distinct: the merge's group key) and initiator. */
    private static String idsOf(String where) {
        return "SELECT p.event_id, list_sort(list_distinct(list(n.actor_id))) AS k,"
                + " arg_min(n.actor_id, p.idx) FILTER (WHERE p.is_initiator) AS initiator_id"
                + " FROM ds.filo_participants p JOIN ds.filo_names n ON " + SAME_NAME
                + " WHERE " + where + " GROUP BY p.event_id";
    }

    /** Actors are recomputed whole: a cheap aggregation, and any document may have added an alias or a role. */
    static void actors(Statement s) throws SQLException {
        s.execute("DELETE FROM ds.actors");
        s.execute("""
                INSERT INTO ds.actors
                WITH occ AS (SELECT n.actor_id, p.* FROM ds.filo_participants p JOIN ds.filo_names n ON""" + " "
                + SAME_NAME + """
                ),
                names AS (SELECT actor_id, name, count(*) AS c FROM occ WHERE name IS NOT NULL GROUP BY ALL),
                countries AS (SELECT actor_id, country, count(*) AS c FROM occ WHERE country IS NOT NULL GROUP BY ALL),
                base AS (SELECT actor_id, arg_min_null(kind, (doc_id, line, idx)) AS kind,
                           coalesce(list_sort(list(DISTINCT role) FILTER (WHERE role IS NOT NULL)), []) AS roles,
                           count(DISTINCT doc_id) AS num_documents FROM occ GROUP BY actor_id)
                SELECT b.actor_id, b.kind,
                  (SELECT arg_min(name, (-length(name), -c, name)) FROM names x WHERE x.actor_id = b.actor_id),
                  (SELECT arg_min(country, (-c, country)) FROM countries x WHERE x.actor_id = b.actor_id),
                  b.roles,
                  coalesce((SELECT list_sort(list(name)) FROM names x WHERE x.actor_id = b.actor_id), []),
                  b.num_documents
                FROM base b""");
    }
}
