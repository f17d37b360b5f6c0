package org.filo.spark;

import java.nio.file.Path;
import org.filo.pipeline.StageLoader;
import org.filo.pipeline.Stages;

/**
 * The loaded stages of this JVM. The one static mutable holder of the project, on purpose: Spark gives a task
 * no hook that runs once per executor, and loading the models (seconds, gigabytes) per task or per partition
 * would cost more than the documents. A broadcast would not help: the stages are not serialisable, and
 * shipping gigabytes of models is slower than each executor reading them from its own disk.
 */
final class ExecutorModels {
    private static JobSettings loadedFor;
    private static Stages stages;

    private ExecutorModels() {
    }

    /** The stages for these settings, loaded on first use in this JVM (again only if the settings change). */
    static synchronized Stages get(JobSettings settings) {
        if (stages == null || !sameModels(loadedFor, settings)) {
            if (stages != null) {
                stages.close();
            }
            stages = StageLoader.load(Path.of(settings.modelsDir()), settings.stockNer(), settings.parse());
            loadedFor = settings;
        }
        return stages;
    }

    private static boolean sameModels(JobSettings a, JobSettings b) {
        return a.modelsDir().equals(b.modelsDir()) && a.stockNer() == b.stockNer() && a.parse() == b.parse();
    }
}
