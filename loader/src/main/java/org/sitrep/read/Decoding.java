package org.sitrep.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to text. UTF-8 first (a byte-order mark is dropped); text that is not valid UTF-8 is
 * read as Windows-1252 (a superset of Latin-1 in practice) when it looks like text; anything
 * with NUL bytes is refused as binary. Line ends become "\n" so offsets do not depend on the
 * platform the article was saved on.
 */
final class Decoding {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private Decoding() {
    }

    static String decode(byte[] bytes) throws UndecodableException {
        for (byte b : bytes) {
            if (b == 0) {
                throw new UndecodableException("binary file (contains NUL bytes), not an article");
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            try {
                text = WINDOWS_1252.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException neither) {
                throw new UndecodableException("text is neither UTF-8 nor Windows-1252/Latin-1");
            }
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    static final class UndecodableException extends Exception {
        UndecodableException(String message) {
            super(message);
        }
    }
}
