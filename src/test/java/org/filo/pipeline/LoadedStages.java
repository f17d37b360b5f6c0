package org.filo.pipeline;

import java.nio.file.Path;

/** The stages as {@code ./filo extract} loads them by default, once per test JVM (loading takes seconds). */
final class LoadedStages {
    static final Stages STAGES = StageLoader.load(Path.of("models"), false, false);

    private LoadedStages() {
    }
}
