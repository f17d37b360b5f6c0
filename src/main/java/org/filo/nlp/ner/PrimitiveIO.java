package org.filo.nlp.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * Bulk int/long arrays and counts on Data streams. Element-by-element readInt is one synchronized call
 * per byte on a buffered stream; going through a byte[] chunk makes reading millions of ints cheap.
 */
final class PrimitiveIO {
    private static final int CHUNK_BYTES = 1 << 16;

    private PrimitiveIO() {
    }

    static void writeInts(DataOutputStream out, int[] values, int count) throws IOException {
        out.writeInt(count);
        ByteBuffer buffer = ByteBuffer.allocate(CHUNK_BYTES);
        for (int i = 0; i < count; i++) {
            if (buffer.remaining() < Integer.BYTES) {
                flush(out, buffer);
            }
            buffer.putInt(values[i]);
        }
        flush(out, buffer);
    }

    static int[] readInts(DataInputStream in, int maxCount) throws IOException {
        int count = readCount(in, maxCount);
        int[] values = new int[count];
        byte[] chunk = new byte[CHUNK_BYTES];
        for (int done = 0; done < count; ) {
            int n = Math.min(count - done, CHUNK_BYTES / Integer.BYTES);
            in.readFully(chunk, 0, n * Integer.BYTES);
            ByteBuffer.wrap(chunk, 0, n * Integer.BYTES).asIntBuffer().get(values, done, n);
            done += n;
        }
        return values;
    }

    static void writeLongs(DataOutputStream out, long[] values, int count) throws IOException {
        out.writeInt(count);
        ByteBuffer buffer = ByteBuffer.allocate(CHUNK_BYTES);
        for (int i = 0; i < count; i++) {
            if (buffer.remaining() < Long.BYTES) {
                flush(out, buffer);
            }
            buffer.putLong(values[i]);
        }
        flush(out, buffer);
    }

    static long[] readLongs(DataInputStream in, int maxCount) throws IOException {
        int count = readCount(in, maxCount);
        long[] values = new long[count];
        byte[] chunk = new byte[CHUNK_BYTES];
        for (int done = 0; done < count; ) {
            int n = Math.min(count - done, CHUNK_BYTES / Long.BYTES);
            in.readFully(chunk, 0, n * Long.BYTES);
            ByteBuffer.wrap(chunk, 0, n * Long.BYTES).asLongBuffer().get(values, done, n);
            done += n;
        }
        return values;
    }

    /** A count read back; a damaged file must not make us allocate gigabytes before noticing. */
    static int readCount(DataInputStream in, int maxCount) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > maxCount) {
            throw new IOException("implausible count " + count + " (at most " + maxCount + ")");
        }
        return count;
    }

    private static void flush(DataOutputStream out, ByteBuffer buffer) throws IOException {
        out.write(buffer.array(), 0, buffer.position());
        buffer.clear();
    }
}
