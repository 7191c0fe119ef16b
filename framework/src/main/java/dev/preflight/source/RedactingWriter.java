package dev.preflight.source;

import java.io.Writer;

/**
 * A writer that holds text until a line ends ({@code \n} or {@code \r}) or it is flushed, then passes it on through
 * {@link Redaction#redact(String)}: a secret printed in pieces (a {@code printf} of several arguments) is still seen
 * whole within its line.
 */
final class RedactingWriter extends Writer {

    private final Writer target;
    private final StringBuilder line = new StringBuilder();

    RedactingWriter(Writer target) {
        super(target);
        this.target = target;
    }

    @Override
    public void write(char[] buffer, int offset, int length) {
        synchronized (lock) {
            for (int i = offset; i < offset + length; i++) {
                char c = buffer[i];
                line.append(c);
                if (c == '\n' || c == '\r') {
                    pass();
                }
            }
        }
    }

    @Override
    public void flush() throws java.io.IOException {
        synchronized (lock) {
            pass();
            target.flush();
        }
    }

    @Override
    public void close() throws java.io.IOException {
        synchronized (lock) {
            pass();
            target.close();
        }
    }

    private void pass() {
        if (line.length() == 0) {
            return;
        }
        String text = Redaction.redact(line.toString());
        line.setLength(0);
        try {
            target.write(text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
