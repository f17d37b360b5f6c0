package org.filo.pipeline;

import java.nio.file.Path;

/** The stages, loaded once per test JVM (model loading takes seconds and a gigabyte). */
final class LoadedStages {
    static final Stages STAGES = StageLoader.load(Path.of("models"), false, true);

    private LoadedStages() {
    }
}
