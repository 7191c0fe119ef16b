package dev.preflight.suite;

import dev.preflight.model.ParameterSource;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ParameterSourceTest {

    @Test
    void should_prefer_configuration_over_environment() {
        Map<String, String> configuration = Map.of("preflight.param.start_date", "2024-10-22");
        Map<String, String> environment = Map.of("PREFLIGHT_PARAM_START_DATE", "2021-10-19", "PREFLIGHT_PARAM_END_DATE", "2026-01-03");

        ParameterSource source = ParameterSource.standard(key -> Optional.ofNullable(configuration.get(key)), environment);

        assertThat(source.lookup("start_date")).contains("2024-10-22");
        assertThat(source.lookup("end_date")).contains("2026-01-03");
        assertThat(source.lookup("warehouse")).isEmpty();
    }

    @Test
    void should_fall_back_to_the_next_source() {
        ParameterSource source = ParameterSource.of(Map.of("schema", "nba_analytics"))
                .orElse(ParameterSource.of(Map.of("schema", "ignored", "region", "us")));

        assertThat(source.lookup("schema")).contains("nba_analytics");
        assertThat(source.lookup("region")).contains("us");
    }
}
