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
 */
final class ParquetCopy {
    static final String DIR = "parquet";
    static final String YEAR = "dct_year";
    static final String MONTH = "dct_month";

    private ParquetCopy() {
    }

    /** @param hasEvents false when events.jsonl is empty (no schema to read from it) */
    static void write(SparkSession spark, OutputTarget out, boolean hasEvents) {
        Dataset<Row> documents = spark.read().json(out.location(OutputStore.DOCUMENTS));
        Column dct = col("dct.value");
        documents = documents.withColumn(YEAR, coalesce(substring(dct, 1, 4), lit("unknown")))
                .withColumn(MONTH, coalesce(substring(dct, 6, 2), lit("unknown")));
        write(documents, out.location(DIR + "/documents"));
        if (hasEvents) {
            Dataset<Row> events = spark.read().json(out.location(OutputStore.EVENTS))
                    .join(documents.select(col("doc_id"), col(YEAR), col(MONTH)), "doc_id");
            write(events, out.location(DIR + "/events"));
        }
    }

    private static void write(Dataset<Row> rows, String location) {
        rows.repartition(col(YEAR), col(MONTH)).write().mode(SaveMode.Overwrite).option("maxRecordsPerFile", 100_000)
                .partitionBy(YEAR, MONTH).parquet(location);
    }
}
