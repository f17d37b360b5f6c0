package org.filo.actors;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.filo.model.Actor;
import org.filo.model.Actors;

/** Developer tool: prints actors and mentions of the seed texts with the hand-made analysis (no NER). */
final class SeedDump {
    private static java.time.LocalDate dct(Path file) throws java.io.IOException {
        Path manifest = file.resolveSibling("../gold/seeds/manifest.csv").normalize();
        if (Files.exists(manifest)) {
            for (String line : Files.readAllLines(manifest)) {
                if (line.startsWith(file.getFileName() + ",")) {
                    return java.time.LocalDate.parse(line.substring(line.indexOf(',') + 1).strip());
                }
            }
        }
        return java.time.LocalDate.of(2024, 1, 1);
    }

    public static void main(String[] args) throws Exception {
        KnowledgeBaseActorResolver resolver = KnowledgeBaseActorResolver.load(Path.of("models"));
        System.out.println(resolver.describe());
        try (Stream<Path> files = Files.list(Path.of(args[0]))) {
            for (Path f : files.sorted().toList()) {
                String text = Files.readString(f);
                Actors actors = TestDocuments.of(text).dct(dct(f)).resolve(resolver);
                System.out.println("=== " + f.getFileName());
                for (Actor a : actors.actors()) {
                    System.out.println("  " + a);
                }
                TestDocuments.describe(text, actors).forEach(s -> System.out.println("    " + s));
            }
        }
    }
}
