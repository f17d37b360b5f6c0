package org.filo.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.filo.model.Status;

/**
 * Decodes plain text ourselves rather than through Tika's text handler, so that the document text is exactly
 * the file's characters (Tika's handler adds a trailing newline and normalises nothing else we need).
 * UTF-8 when the bytes are valid UTF-8; otherwise the legacy Western encodings Italian text comes in.
 */
final class PlainTextDecoder {
    /** Share of control bytes above which a "text" file is judged binary. */
    private static final double MAX_CONTROL_SHARE = 0.01;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    record Decoded(String text, String charset) {
    }

    private PlainTextDecoder() {
    }

    static Decoded decode(byte[] bytes) throws IngestFailure {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(strictUtf8(bytes, 3), "UTF-8");
        }
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            // The UTF-16 decoder reads the BOM for byte order and drops it.
            return new Decoded(new String(bytes, StandardCharsets.UTF_16), "UTF-16");
        }
        rejectBinary(bytes);
        String utf8 = strictUtf8OrNull(bytes);
        if (utf8 != null) {
            return new Decoded(utf8, "UTF-8");
        }
        // Not UTF-8: Italian legacy text is ISO-8859-1 or its superset windows-1252 (curly quotes, euro in
        // 0x80-0x9F). Decoding as windows-1252 is right for both; the name reported says which bytes we saw.
        return new Decoded(new String(bytes, WINDOWS_1252), usesC1Range(bytes) ? "windows-1252" : "ISO-8859-1");
    }

    private static void rejectBinary(byte[] bytes) throws IngestFailure {
        int control = 0;
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (c == 0) {
                throw binary("a NUL byte");
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                control++;
            }
        }
        if (bytes.length > 0 && control > MAX_CONTROL_SHARE * bytes.length) {
            throw binary(control + " control bytes out of " + bytes.length);
        }
    }

    private static IngestFailure binary(String what) {
        return new IngestFailure(Status.UNSUPPORTED_TYPE,
                "The file is named as text but holds binary data (" + what + "), so it is not a text document.");
    }

    private static String strictUtf8(byte[] bytes, int offset) throws IngestFailure {
        String s = strictUtf8OrNull(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
        if (s == null) {
            throw new IngestFailure(Status.PARSE_FAILED,
                    "The file starts with a UTF-8 byte order mark but is not valid UTF-8.");
        }
        return s;
    }

    private static String strictUtf8OrNull(byte[] bytes) {
        return strictUtf8OrNull(ByteBuffer.wrap(bytes));
    }

    private static String strictUtf8OrNull(ByteBuffer buffer) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(buffer).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean usesC1Range(byte[] bytes) {
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (c >= 0x80 && c <= 0x9F) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
