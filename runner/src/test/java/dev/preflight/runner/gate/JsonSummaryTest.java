package dev.preflight.runner.gate;

import dev.preflight.result.CheckOutcome;
import dev.preflight.source.Redaction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The gate's JSON, streamed to a writer, is the text {@link JsonSummary#render} returns, secrets withheld once. */
class JsonSummaryTest {

    private final RunResult result = new RunResult();

    @BeforeEach
    void aDatasetWithTwoChecksOneMessageHoldingASecret() {
        RunResult.Dataset dataset = result.suite("file:///suites/nba.yaml", "nba").dataset("games", "nba.games", List.of());
        dataset.add(CheckOutcome.parse("""
                {"check": "rows", "type": "row_count", "severity": "error", "outcome": "PASSED", "message": "975 rows"}"""));
        dataset.add(CheckOutcome.parse("""
                {"check": "fresh", "type": "freshness", "severity": "error", "outcome": "FAILED",
                 "message": "cannot reach http://svc:stream-pw-1@host/x"}"""));
    }

    @Test
    void aPlainWriterGetsTheRenderedTextRedacted() {
        StringWriter text = new StringWriter();
        JsonSummary.write(result, false, new PrintWriter(text));

        assertThat(text.toString()).isEqualTo(JsonSummary.render(result, false))
                .contains("http://[withheld]@host/x").doesNotContain("stream-pw-1");
    }

    @Test
    void aRedactingWriterGetsTheSameText() {
        StringWriter text = new StringWriter();
        PrintWriter out = Redaction.writer(new PrintWriter(text));
        JsonSummary.write(result, true, out);

        assertThat(text.toString()).isEqualTo(JsonSummary.render(result, true)).doesNotContain("stream-pw-1");
    }
}
