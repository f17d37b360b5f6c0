package org.filo.spark;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.filo.pipeline.ExtractConfig;

/**
 * What {@code ./filo spark} was asked to do, parsed once. Inputs and output are locations: a local path, read
 * with java.nio exactly as extract does, or a Hadoop FS URI (hdfs://, s3a://, file://...).
 *
 * @param master   the Spark master (local[2]...), or null under spark-submit, which sets it
 * @param manifest an explicit manifest (a local file or a Hadoop URI), or null
 * @param dct      the {@code --dct} date, or null
 */
public record SparkConfig(List<String> inputs, String out, String master, String manifest, LocalDate dct,
                          Duration timeLimit, Path modelsDir, boolean stockNer, boolean parse, boolean force) {
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:");

    public SparkConfig {
        inputs = List.copyOf(inputs);
    }

    /** A location with a URI scheme (two letters at least, so that C:\\ stays a local path) is Hadoop's. */
    public static boolean isHadoop(String location) {
        return SCHEME.matcher(location).find();
    }

    /** The options that change what a record says, spelt as extract spells them. */
    String outputOptions() {
        return ExtractConfig.outputOptions(parse, stockNer, dct);
    }
}
