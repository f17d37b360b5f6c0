package org.filo.spark;

import org.apache.spark.sql.types.StructType;

/**
 * The Parquet tables' columns: the JSON records' fields (RecordMapper), typed once here rather than inferred
 * from the data each run. Inference read every record a second time (the largest part of the Parquet copy's
 * time after Spark SQL's start), and its types changed with the batch (a field null in every record became a
 * string). SparkExtractJobTest checks that these name exactly the fields the records have.
 */
final class RecordSchema {
    static final StructType DOCUMENTS = StructType.fromDDL(String.join(", ",
            "schema_version INT", "doc_id STRING", "source STRING", "url STRING", "sha256 STRING", "status STRING",
            "error STRING", "content_type STRING", "language STRUCT<code: STRING, confidence: DOUBLE>",
            "title STRING", "dct STRUCT<value: STRING, source: STRING>", "text STRING",
            "content_spans ARRAY<ARRAY<INT>>", "sentences INT", "tokens INT", "event_count INT", "pipeline STRING",
            "entities ARRAY<STRUCT<id: STRING, type: STRING, start: INT, `end`: INT, text: STRING, actor: STRING>>",
            "actors ARRAY<STRUCT<id: STRING, kind: STRING, name: STRING, country: STRING, role: STRING,"
                    + " mentions: ARRAY<STRING>>>",
            "timexes ARRAY<STRUCT<id: STRING, type: STRING, start: INT, `end`: INT, text: STRING, value: STRING,"
                    + " mod: STRING>>"));

    static final StructType EVENTS = StructType.fromDDL(String.join(", ",
            "schema_version INT", "event_id STRING", "doc_id STRING", "type STRING", "channel STRING",
            "status STRING",
            "participants ARRAY<STRUCT<actor: STRING, kind: STRING, name: STRING, country: STRING, role: STRING>>",
            "initiator STRING", "date STRUCT<value: STRING, timex: STRING, source: STRING>",
            "duration STRUCT<value: STRING, timex: STRING>",
            "mentions ARRAY<STRUCT<trigger: STRUCT<start: INT, `end`: INT, text: STRING>,"
                    + " sentence: STRUCT<start: INT, `end`: INT>>>",
            "confidence DOUBLE"));

    private RecordSchema() {
    }
}
