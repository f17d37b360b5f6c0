package org.filo.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Groups by bytes shrink as the work left does, keep every file once and in order, and cap the file count. */
class PartitionsTest {
    private static List<FileTask> files(int count, long bytes) {
        List<FileTask> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(new FileTask("f" + i, false, "f" + i, "f" + i, null, null, null, bytes, null));
        }
        return out;
    }

    @ParameterizedTest(name = "{0} files of {1} bytes on {2} cores: {3} groups, first {4} files, last {5}")
    @CsvSource({
            // 8 MB on 2 cores: the first group takes 1/8 of it, the last ones the 64 KB floor
            "400, 20000, 2, 26, 50, 4",
            // a batch smaller than the floor is one group
            "3, 1000, 2, 1, 3, 3",
            // empty files weigh nothing: the file cap still splits them
            "1200, 0, 2, 3, 512, 176",
            // one file
            "1, 5000000, 4, 1, 1, 1",
    })
    void groups(int count, long bytes, int cores, int groups, int first, int last) {
        List<FileTask> files = files(count, bytes);
        List<List<FileTask>> out = Partitions.of(files, cores);
        assertEquals(groups, out.size());
        assertEquals(first, out.get(0).size());
        assertEquals(last, out.get(out.size() - 1).size());
        assertEquals(files, out.stream().flatMap(List::stream).toList(), "every file once, in order");
    }
}
