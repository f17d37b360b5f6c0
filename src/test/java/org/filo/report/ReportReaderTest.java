package org.filo.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a killed or unfinished run leaves is read as far as it goes, and said in warnings. */
class ReportReaderTest {
    @TempDir
    Path tmp;

    @Test
    void readsEveryEventWithItsHighlightedSentence() throws IOException {
        List<SyntheticOutput.Written> written = SyntheticOutput.write(tmp, 10, 3, SyntheticOutput.actors(7));
        ReportInput in = ReportReader.read(tmp, Set.of("batch/doc_00001"));
        assertEquals(written.size(), in.events().size());
        assertEquals(5, in.documents().size(), "four documents of events and one that failed");
        assertEquals(List.of(), in.warnings());
        ReportEvent first = in.events().get(0);
        assertEquals(written.get(0).names(), first.parties().stream().map(ReportEvent.Party::name).toList());
        assertEquals(first.parties().get(0).name(), first.initiator());
        List<ReportEvent.Piece> pieces = first.evidence().get(0).pieces();
        assertEquals(new ReportEvent.Piece(written.get(0).names().get(0), ReportEvent.Mark.PARTY), pieces.get(0));
        assertTrue(pieces.contains(new ReportEvent.Piece("si sono ", ReportEvent.Mark.TRIGGER)), pieces.toString());
        assertEquals(Set.of("batch/doc_00001"), in.texts().keySet());
    }

    @Test
    void aTruncatedLineAndAMissingDocumentAreWarningsNotFailures() throws IOException {
        SyntheticOutput.write(tmp, 6, 3, SyntheticOutput.actors(7));
        List<String> docs = Files.readAllLines(tmp.resolve("documents.jsonl"));
        // A run killed while writing: the first document's line cut in half, the rest intact.
        Files.write(tmp.resolve("documents.jsonl"),
                List.of(docs.get(0).substring(0, docs.get(0).length() / 2), docs.get(1), docs.get(2)));
        ReportInput in = ReportReader.read(tmp, Set.of());
        assertEquals(2, in.documents().size());
        assertEquals(6, in.events().size(), "events of the lost document are kept, without sentences");
        assertEquals(3, in.events().stream().filter(e -> e.evidence().isEmpty()).count());
        assertEquals(List.of("documents.jsonl:1: not a JSON line (a run cut short?); skipped",
                "3 event(s) of batch/doc_00000 have no line in documents.jsonl; shown without their sentences"),
                in.warnings());
    }

    @Test
    void missingFilesAreWarnings() throws IOException {
        SyntheticOutput.write(tmp, 3, 3, SyntheticOutput.actors(7));
        Files.delete(tmp.resolve("events.jsonl"));
        ReportInput in = ReportReader.read(tmp, Set.of());
        assertEquals(2, in.documents().size());
        assertEquals(List.of("events.jsonl is missing: extract has not run here, or has not finished"), in.warnings());
    }

    @Test
    void anAbsentFolderIsAnInputError() {
        ReportInputException e = assertThrows(ReportInputException.class,
                () -> ReportReader.read(tmp.resolve("nope"), Set.of()));
        assertTrue(e.getMessage().contains("output folder not found"), e.getMessage());
    }
}
