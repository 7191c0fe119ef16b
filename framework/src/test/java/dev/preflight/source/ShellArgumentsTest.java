package dev.preflight.source;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ShellArgumentsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "nba_analytics.player_game_summary|nba_analytics.player_game_summary",
            "classpath:preflight/nba/phase3_for_phase4.yaml|classpath:preflight/nba/phase3_for_phase4.yaml",
            "--warehouse-setting|--warehouse-setting",
            "maximum_bytes_billed=10GiB|maximum_bytes_billed=10GiB",
            "/tmp/my warehouse.duckdb|'/tmp/my warehouse.duckdb'",
            "team=LAL's|'team=LAL'\\''s'",
            "x$(rm -rf ~)|'x$(rm -rf ~)'",
            "a;b|'a;b'",
            "*.yaml|'*.yaml'",
            "\"\"|''",
    })
    void an_argument_reads_back_as_itself_in_a_shell(String argument, String printed) {
        assertThat(ShellArguments.quoted(argument)).isEqualTo(printed);
    }

    @org.junit.jupiter.api.Test
    void arguments_are_joined_by_spaces_each_quoted_as_needed() {
        assertThat(ShellArguments.join(List.of("--warehouse", "/tmp/a b.duckdb", "--table", "s.t")))
                .isEqualTo("--warehouse '/tmp/a b.duckdb' --table s.t");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "file:///suites/phase3.yaml|/suites/phase3.yaml",
            "file:/suites/phase3.yaml|/suites/phase3.yaml",
            "file:///suites/my%20suite.yaml|/suites/my suite.yaml",
            "classpath:preflight/nba/phase3_for_phase4.yaml|classpath:preflight/nba/phase3_for_phase4.yaml",
            "suites/phase3.yaml|suites/phase3.yaml",
            "file://host/x.yaml|file://host/x.yaml"})
    void a_suite_file_uri_is_the_path_it_names(String location, String argument) {
        assertThat(ShellArguments.suite(location)).isEqualTo(argument);
    }
}
