package org.filo.nlp.ner;

import edu.stanford.nlp.sequences.SeqClassifierFlags;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;

/** A deep copy of a classifier's flags, so changing one option does not touch the loaded classifier. */
final class FlagsCopy {
    private FlagsCopy() {
    }

    static SeqClassifierFlags of(SeqClassifierFlags flags) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(flags);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the NER flags", e);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (SeqClassifierFlags) in.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the NER flags", e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("cannot copy the NER flags", e);
        }
    }
}
