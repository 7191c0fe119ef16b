package dev.preflight.check;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class FormatTest {

    /** Format.count groups digits itself (a Formatter per message was a tenth of judging 5,000 checks); it must read as %,d does. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(longs = {0, 7, -7, 999, -999, 1_000, -1_000, 12_345, 123_456, 1_234_567, -1_234_567, 100_000_000,
            Long.MAX_VALUE, Long.MIN_VALUE})
    void countReadsAsTheFormatterWouldWriteIt(long value) {
        assertThat(Format.count(value)).isEqualTo(String.format(Locale.ROOT, "%,d", value));
    }
}
