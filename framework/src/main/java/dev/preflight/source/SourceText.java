package dev.preflight.source;

import org.apiguardian.api.API;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * The text of a suite file (or a calendar file), read within bounds: the size is checked before anything is read (a 20 MiB file used to
 * cost a minute and 1.5 GB before it was refused), the bytes must be UTF-8 (a stray Latin-1 byte is located), and a
 * byte-order mark is dropped, as editors on Windows write one.
 */
@API(status = INTERNAL, since = "0.1")
public final class SourceText {

    /** The largest suite file read, in bytes: the largest real suite is a few KiB. */
    public static final int MAX_BYTES = 1024 * 1024;

    private static final char BYTE_ORDER_MARK = '\ufeff';

    private SourceText() {
    }

    /**
     * @throws SuiteDefinitionException when the file is larger than {@link #MAX_BYTES} or not UTF-8, located in it
     * @throws IOException when it cannot be read at all
     */
    public static String read(Path path, SourceLocation file) throws IOException {
        long size = Files.size(path);
        if (size > MAX_BYTES) {
            throw tooLarge(file, size);
        }
        try (InputStream in = Files.newInputStream(path)) {
            return read(in, file);
        }
    }

    /** Reads at most one byte more than the limit, so an endless stream costs no more than a file at the limit. */
    public static String read(InputStream in, SourceLocation file) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(file, -1);
        }
        return decode(bytes, file);
    }

    /** Reads text already decoded, at most one character more than the limit in bytes (a character is at least one). */
    public static String read(Reader reader, SourceLocation file) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        int n;
        while ((n = reader.read(buffer)) >= 0) {
            text.append(buffer, 0, n);
            if (text.length() > MAX_BYTES) {
                throw tooLarge(file, -1);
            }
        }
        return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text.toString();
    }

    /** {@return the text of UTF-8 bytes without a leading byte-order mark} */
    public static String decode(byte[] bytes, SourceLocation file) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isUnderflow()) {
            throw notUtf8(bytes, in.position(), file);
        }
        result = decoder.flush(out);
        if (!result.isUnderflow()) {
            throw notUtf8(bytes, in.position(), file);
        }
        out.flip();
        String text = out.toString();
        return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    }

    private static SuiteDefinitionException tooLarge(SourceLocation file, long size) {
        String actual = size < 0 ? "more than " + mebibytes(MAX_BYTES) : mebibytes(size);
        return new SuiteDefinitionException(new Problem(file.at(1, 1), "the file is " + actual + ", larger than the "
                + mebibytes(MAX_BYTES) + " Preflight reads as a suite or calendar file; split it"));
    }

    /** The line and column of the first byte that is not UTF-8, counted as an editor counts them. */
    private static SuiteDefinitionException notUtf8(byte[] bytes, int at, SourceLocation file) {
        String before;
        try {
            before = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Arrays.copyOf(bytes, at))).toString();
        } catch (CharacterCodingException e) {
            before = "";
        }
        int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
        String lastLine = before.substring(before.lastIndexOf('\n') + 1);
        int column = 1 + lastLine.codePointCount(0, lastLine.length());
        return new SuiteDefinitionException(new Problem(file.at(line, column), String.format(Locale.ROOT,
                "the file is not UTF-8: byte 0x%02X cannot be read as text; save the file as UTF-8", bytes[at] & 0xff)));
    }

    private static String mebibytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
    }
}
