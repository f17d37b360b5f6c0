package org.filo.spark;

import java.io.Serializable;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;

/**
 * What every executor needs to build the same pipeline as the driver, sent with each task (a few strings:
 * cheaper than a broadcast). The models folder must exist at the same path on every node.
 *
 * @param dct    the {@code --dct} date as ISO text, or null
 * @param force  process every file, even those whose records are up to date
 * @param hadoop the job's {@code spark.hadoop.*} settings without the prefix (e.g. S3 credentials), which
 *               Spark gives its own readers but not a {@code new Configuration()} on an executor
 */
public record JobSettings(String modelsDir, boolean stockNer, boolean parse, String dct, long timeLimitSeconds,
                          String pipeline, boolean force, Map<String, String> hadoop) implements Serializable {
    public JobSettings {
        hadoop = Map.copyOf(hadoop);
    }

    Configuration hadoopConf() {
        Configuration conf = new Configuration();
        hadoop.forEach(conf::set);
        return conf;
    }
}
