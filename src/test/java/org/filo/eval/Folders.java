package org.filo.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes the hand-made gold and output folders of the tests. JSON is written with ' for ". */
final class Folders {
    private Folders() {
    }

    static void write(Path dir, String file, String... jsonLines) {
        try {
            Files.createDirectories(dir);
            List<String> lines = List.of(jsonLines).stream().map(l -> l.replace('\'', '"')).toList();
            Files.write(dir.resolve(file), lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void manifest(Path gold, String... docIds) {
        try {
            Files.createDirectories(gold);
            StringBuilder b = new StringBuilder("file,published\n");
            for (String id : docIds) {
                b.append(id).append(".txt,2022-05-13\n");
            }
            Files.writeString(gold.resolve("manifest.csv"), b.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code 'start':S,'end':E} of the first occurrence of {@code part}, counted in code points. */
    static String at(String text, String part) {
        int utf16 = text.indexOf(part);
        if (utf16 < 0) {
            throw new IllegalArgumentException(part + " is not in the text");
        }
        int start = text.codePointCount(0, utf16);
        return "'start':" + start + ",'end':" + (start + part.codePointCount(0, part.length()));
    }
}
