package dev.remotecommands.problem;

import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.io.InputDecorator;

import com.fasterxml.jackson.core.JsonProcessingException;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Checks the bytes of every JSON body as the JDK's UTF-8 decoder does, which also refuses what Jackson lets through
 * (overlong forms such as {@code C0 AF} for {@code /}). The parser gets the bytes up to the end of an invalid sequence;
 * its next read, while it decodes the value holding it, fails with an {@link InvalidUtf8} ({@link JsonBodyProblems}:
 * 400), a Jackson exception so that the binding adds the field being read.
 */
final class Utf8CheckingInput extends InputDecorator {

    @Override
    public InputStream decorate(IOContext context, InputStream in) {
        return new Checked(in);
    }

    @Override
    public InputStream decorate(IOContext context, byte[] src, int offset, int length) {
        return null; // bytes in memory: our own payloads, read as they are
    }

    @Override
    public Reader decorate(IOContext context, Reader reader) {
        return reader; // text already decoded
    }

    private static final class Checked extends FilterInputStream {

        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        private final CharBuffer decoded = CharBuffer.allocate(1024);
        /** The start of a sequence that the last read cut off. */
        private ByteBuffer pending = ByteBuffer.allocate(0);
        private long offset;
        private InvalidUtf8 invalid;

        Checked(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] bytes, int from, int length) throws IOException {
            if (invalid != null) {
                throw invalid;
            }
            int read = super.read(bytes, from, length);
            int passed = read < 0 ? check(new byte[0], 0, 0, true) : check(bytes, from, read, false);
            if (invalid != null && passed <= 0) {
                throw invalid;
            }
            return read < 0 ? read : passed;
        }

        /**
         * Decodes the bytes read; on an invalid sequence, remembers it and passes only the bytes up to its end, so that
         * the parser's next read, while it decodes the value that holds the sequence, fails.
         *
         * @return how many of the bytes to hand on
         */
        private int check(byte[] bytes, int from, int length, boolean end) {
            int carried = pending.remaining();
            ByteBuffer input = ByteBuffer.allocate(carried + length).put(pending).put(bytes, from, length);
            input.flip();
            CoderResult result;
            do {
                decoded.clear();
                result = decoder.decode(input, decoded, end);
            } while (result.isOverflow());
            if (result.isError() || (end && input.hasRemaining())) {
                invalid = new InvalidUtf8(offset + input.position());
                return input.position() + (result.isError() ? result.length() : 0) - carried;
            }
            offset += input.position();
            pending = input.slice();
            return length;
        }
    }

    /** Bytes that are not UTF-8, found by the check after the parser let them through. */
    static final class InvalidUtf8 extends JsonProcessingException {

        InvalidUtf8(long offset) {
            super("invalid UTF-8 at byte " + offset);
        }
    }
}
