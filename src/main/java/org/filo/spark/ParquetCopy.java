package org.filo.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.substring;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.filo.output.OutputStore;

/**
 * The committed JSON Lines as Parquet, rewritten whole after each run so that it always holds exactly the
 * records of the JSON Lines (one per doc_id). Both tables are partitioned by the document's publication
 * date, {@code dct_year=2016/dct_month=03} ({@code unknown} for both when the DCT is), so that a query over
 * a period reads only its folders; an event takes its document's partition. At most 100k rows a file.
 * Columns and types are {@link RecordSchema}'s, not inferred.
 */
final class ParquetCopy {
    static final String DIR = "parquet";
    static final String YEAR = "dct_year";
    static final String MONTH = "dct_month";

    private ParquetCopy() {
    }

    /** @param hasEvents false when events.jsonl is empty: no events table then, rather than one without a file */
    static void write(SparkSession spark, OutputTarget out, boolean hasEvents) {
        write(spark, out.location(), hasEvents, out.location(DIR));
    }

    /** @param records a folder with documents.jsonl and events.jsonl, as Spark's readers name it */
    static void write(SparkSession spark, String records, boolean hasEvents, String parquet) {
        Dataset<Row> documents = spark.read().schema(RecordSchema.DOCUMENTS)
                .json(records + "/" + OutputStore.DOCUMENTS);
        Column dct = col("dct.value");
        documents = documents.withColumn(YEAR, coalesce(substring(dct, 1, 4), lit("unknown")))
                .withColumn(MONTH, coalesce(substring(dct, 6, 2), lit("unknown")));
        write(documents, parquet + "/documents");
        if (hasEvents) {
            Dataset<Row> events = spark.read().schema(RecordSchema.EVENTS).json(records + "/" + OutputStore.EVENTS)
                    .join(documents.select(col("doc_id"), col(YEAR), col(MONTH)), "doc_id");
            write(events, parquet + "/events");
        }
    }

    private static void write(Dataset<Row> rows, String location) {
        // no repartition by month: it would send a whole month to one task; each split writes its own files
        rows.write().mode(SaveMode.Overwrite).option("maxRecordsPerFile", 100_000).partitionBy(YEAR, MONTH)
                .parquet(location);
    }
}
