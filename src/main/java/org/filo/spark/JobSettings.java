package org.filo.spark;

import java.io.Serializable;

/**
 * What every executor needs to build the same pipeline as the driver, sent with each task (a few strings:
 * cheaper than a broadcast). The models folder must exist at the same path on every node.
 *
 * @param dct the {@code --dct} date as ISO text, or null
 */
public record JobSettings(String modelsDir, boolean stockNer, boolean parse, String dct, long timeLimitSeconds,
                          String pipeline) implements Serializable {
}
