package org.filo.dataset;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.filo.dataset.ContactMerger.Cluster;
import org.filo.dataset.ContactMerger.Item;
import org.filo.dataset.Records.Doc;
import org.filo.dataset.Records.Mention;

/**
 * Merges the mentions of every group in {@code merge_groups} into contacts: DuckDB streams them sorted by their
 * canonical participant set, so Java holds one group at a time (the merge rule never looks across groups) and
 * writes the contacts back through appenders. The mentions of new documents join the dataset with their contact.
 */
final class ContactStep {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SEPARATOR = "\u001f";

    private ContactStep() {
    }

    /** Returns the number of contacts written. */
    static long merge(DuckDBConnection c, Statement s, EventCodes codes) throws SQLException {
        s.execute("CREATE TABLE stage_contacts (j VARCHAR)");
        s.execute("CREATE TABLE stage_parts (contact_id VARCHAR, actor_id VARCHAR, is_initiator BOOLEAN)");
        s.execute("CREATE TABLE stage_assign (event_id VARCHAR, contact_id VARCHAR)");
        String columns = "event_id, doc_id, channel, status, date, duration, initiator_id, trigger, sentence,"
                + " published, participant_ids";
        String query = "SELECT array_to_string(m.participant_ids, chr(31)) AS k, m.event_id, m.doc_id, m.channel,"
                + " m.status, m.date, m.duration, m.initiator_id, m.trigger, m.sentence, CAST(m.published AS VARCHAR),"
                + " d.site, d.url, d.source FROM (SELECT " + columns + " FROM ds.mentions"
                + " WHERE participant_ids IN (SELECT k FROM merge_groups) UNION ALL SELECT " + columns
                + " FROM new_mentions) m JOIN ds.documents d USING (doc_id) ORDER BY k";
        long contacts = 0;
        // Appenders on a second connection: the first is busy streaming the query's result.
        try (Connection writer = c.duplicate();
             DuckDBAppender rows = ((DuckDBConnection) writer).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "stage_contacts");
             DuckDBAppender parts = ((DuckDBConnection) writer).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "stage_parts");
             DuckDBAppender assign = ((DuckDBConnection) writer).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "stage_assign");
             Statement reader = c.createStatement(); ResultSet r = reader.executeQuery(query)) {
            String key = null;
            List<Item> group = new ArrayList<>();
            Map<String, Doc> docs = new HashMap<>();
            while (r.next()) {
                String k = r.getString(1);
                if (!k.equals(key)) {
                    contacts += write(group, docs, codes, rows, parts, assign);
                    key = k;
                }
                Mention m = new Mention(r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6),
                        r.getString(7), r.getString(9), r.getString(10), r.getString(11));
                group.add(new Item(m, k.isEmpty() ? List.of() : List.of(k.split(SEPARATOR)), r.getString(8)));
                if (!docs.containsKey(m.docId())) { // what a contact row reads of its articles
                    docs.put(m.docId(), new Doc(m.docId(), r.getString(14), r.getString(13), r.getString(12)));
                }
            }
            contacts += write(group, docs, codes, rows, parts, assign);
        }
        s.execute("INSERT INTO ds.contacts SELECT unnest(CAST(j::JSON AS STRUCT(" + Tables.COLUMNS.get("contacts")
                + "))) FROM stage_contacts");
        s.execute("INSERT INTO ds.contact_participants SELECT * FROM stage_parts");
        s.execute("UPDATE ds.mentions m SET contact_id = a.contact_id FROM stage_assign a WHERE m.event_id = a.event_id"
                + " AND m.contact_id IS DISTINCT FROM a.contact_id");
        s.execute("INSERT INTO ds.mentions SELECT n.* REPLACE (a.contact_id AS contact_id) FROM new_mentions n"
                + " LEFT JOIN stage_assign a USING (event_id) ORDER BY n.doc_id, n.event_id");
        return contacts;
    }

    /** Merges one group and writes its contacts; empties the group. */
    private static int write(List<Item> group, Map<String, Doc> docs, EventCodes codes, DuckDBAppender rows,
                             DuckDBAppender parts, DuckDBAppender assign) throws SQLException {
        if (group.isEmpty()) {
            return 0;
        }
        List<Cluster> clusters = ContactMerger.merge(group);
        for (Cluster cl : clusters) {
            ObjectNode row = ContactRows.row(cl, docs, codes);
            try {
                rows.beginRow().append(JSON.writeValueAsString(row)).endRow();
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e); // an ObjectNode of strings and numbers always serialises
            }
            String initiator = row.path("initiator_id").asText(null);
            for (String actor : cl.items().get(0).participants()) {
                parts.beginRow().append(cl.id()).append(actor).append(actor.equals(initiator)).endRow();
            }
            for (Item i : cl.items()) {
                assign.beginRow().append(i.mention().eventId()).append(cl.id()).endRow();
            }
        }
        group.clear();
        docs.clear();
        return clusters.size();
    }
}
