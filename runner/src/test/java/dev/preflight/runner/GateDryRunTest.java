package dev.preflight.runner;

import dev.preflight.bigquery.BigQueryStubServer;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code gate --dry-run} on BigQuery: the real client against a local REST stub that reports 1 GiB per statement.
 * Nothing runs but dry runs, and the figures and cost are printed per dataset.
 */
class GateDryRunTest {

    private static final long GIB = 1L << 30;

    @Test
    void should_print_bytes_and_cost_per_statement_and_run_no_query() {
        try (BigQueryStubServer stub = BigQueryStubServer.start(sql -> new BigQueryStubServer.Answer(List.of(), List.of(), GIB))) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();

            int exit = Main.run(new String[] {"gate", "--suite", "classpath:preflight/nba/phase3_for_phase4.yaml", "--dry-run",
                    "--warehouse-setting", "type=bigquery", "--warehouse-setting", "path=", "--warehouse-setting", "project=nba-props-platform",
                    "--warehouse-setting", "host=" + stub.host(), "--price-per-tib", "6.25"}, new PrintWriter(out), new PrintWriter(err));

            assertThat(exit).as(out + "\n" + err).isEqualTo(0);
            assertThat(out.toString()).contains("calendar", "team_defense_game_summary", "upcoming_team_game_context");
            // 6 statements × 1 GiB = 6/1024 TiB × $6.25 = $0.036621
            assertThat(out.toString()).contains("total: 6.0 GiB (6442450944 B) processed", "about $0.036621 at $6.25/TiB");
            assertThat(stub.requests()).isNotEmpty().allSatisfy(r -> assertThat(r.body()).contains("\"dryRun\":true"));
        }
    }
}
