package org.filo.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.filo.output.OutputStore;

/**
 * The committed JSON Lines as Parquet, rewritten whole after each run so that it always holds exactly the
 * records of the JSON Lines (one per doc_id), in files of about 100k rows. Not yet partitioned by column.
 */
final class ParquetCopy {
    static final String DIR = "parquet";

    private ParquetCopy() {
    }

    static void write(SparkSession spark, Path out) {
        write(spark, out.resolve(OutputStore.DOCUMENTS), out.resolve(DIR).resolve("documents"));
        write(spark, out.resolve(OutputStore.EVENTS), out.resolve(DIR).resolve("events"));
    }

    private static void write(SparkSession spark, Path jsonl, Path parquet) {
        try {
            if (Files.size(jsonl) == 0) {
                return; // nothing to infer a schema from
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Dataset<Row> rows = spark.read().json(jsonl.toAbsolutePath().toString());
        rows.coalesce(Math.max(1, (int) (rows.count() / 100_000) + 1)).write().mode(SaveMode.Overwrite)
                .parquet(parquet.toAbsolutePath().toString());
    }
}
