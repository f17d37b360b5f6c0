package org.filo.spark;

import java.io.Serializable;
import java.util.List;

/**
 * What one Spark task gives back: the records of the documents it processed, how many it found up to date,
 * and where its time went (nanoseconds), for the job's timing line.
 *
 * @param modelNanos waiting for this JVM's models (their load, for the first task of an executor)
 * @param runNanos   extract's batch runner over the task's documents
 * @param taskNanos  the whole task: also copying remote inputs, hashing, and reading the records back
 */
public record PartitionResult(List<DocRecords> records, int unchanged, long modelNanos, long runNanos,
                              long taskNanos) implements Serializable {
}
