package dev.preflight.reports;

import dev.preflight.result.GateResult;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VerdictTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Verdict verdict(String json) throws Exception {
        return Verdict.of(GateResult.read(JSON.readTree(json)));
    }

    @Test
    void should_block_when_the_gate_closed_and_name_the_table_and_who_waits_for_it() throws Exception {
        assertThat(verdict(GateJson.closed())).isEqualTo(new Verdict("BLOCKED", "a.blocking covers 8 of 10 expected dates (80.0%, needs >= 95.0%), "
                + "so job_x must not run until it is backfilled; 1 more table is degraded."));
    }

    @Test
    void should_be_degraded_when_the_gate_opened_with_warnings_and_name_the_fallback() throws Exception {
        assertThat(verdict(GateJson.withVerdict("DEGRADED", 0))).isEqualTo(new Verdict("DEGRADED", "The gate is open: 2 warnings on 1 table, "
                + "1 of them accepted with a fallback (synthetic context <for now> & later); each is listed below."));
    }

    @Test
    void should_be_ready_when_every_check_passed() throws Exception {
        assertThat(verdict(GateJson.withVerdict("OPEN", 0)).word()).isEqualTo("READY");
        assertThat(verdict(GateJson.withVerdict("OPEN", 0)).why()).isEqualTo("Every check passed on all 4 tables for 2024-01-01..2024-01-12.");
    }

    @Test
    void should_block_when_the_gate_could_not_verify_or_a_suite_is_invalid() throws Exception {
        String unverified = GateJson.withVerdict("UNVERIFIED", 3).replace("\"status\": \"DEGRADED\"", "\"status\": \"UNVERIFIED\"");
        assertThat(verdict(unverified)).isEqualTo(new Verdict("BLOCKED",
                "The gate could not verify a.degraded (the warehouse did not answer), so it fails closed."));
        String invalid = GateJson.withVerdict("INVALID", 2).replace("\"problems\": []", "\"problems\": [\"s.yaml:3:5: unknown check type 'coverge'\"]");
        assertThat(verdict(invalid)).isEqualTo(new Verdict("BLOCKED",
                "Nothing was verified because a suite is invalid: s.yaml:3:5: unknown check type 'coverge'."));
    }
}
