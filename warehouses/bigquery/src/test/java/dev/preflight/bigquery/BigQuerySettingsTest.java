package dev.preflight.bigquery;

import dev.preflight.model.WarehouseSpec;
import dev.preflight.source.SuiteDefinitionException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BigQuerySettingsTest {

    @Test
    void defaultsAreAFiveMinuteTimeoutAndA100GibBudget() {
        BigQuerySettings settings = parse(Map.of("project", "nba-props-platform"));
        assertThat(settings.timeout()).isEqualTo(Duration.ofMinutes(5));
        assertThat(settings.maximumBytesBilled()).isEqualTo(100L << 30);
        assertThat(settings.credentials()).isNull();
        assertThat(settings.labels()).isEmpty();
    }

    @Test
    void readsEverySetting() {
        Map<String, String> all = new HashMap<>();
        all.put("project", "nba-props-platform");
        all.put("dataset", "nba_analytics");
        all.put("location", "us-west2");
        all.put("credentials", "/keys/sa.json");
        all.put("labels", "team=nba-data, env=prod");
        all.put("timeout_seconds", "120");
        all.put("maximum_bytes_billed", "2 GB");
        all.put("host", "http://127.0.0.1:9050");
        BigQuerySettings settings = parse(all);
        assertThat(settings.dataset()).isEqualTo("nba_analytics");
        assertThat(settings.location()).isEqualTo("us-west2");
        assertThat(settings.labels()).containsExactlyInAnyOrderEntriesOf(Map.of("team", "nba-data", "env", "prod"));
        assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(120));
        assertThat(settings.maximumBytesBilled()).isEqualTo(2_000_000_000L);
        assertThat(settings.host()).isEqualTo("http://127.0.0.1:9050");
    }

    @Test
    void anUnknownSettingNamesTheWarehouseLocationAndTheNearestKnownOne() {
        assertThatThrownBy(() -> parse(Map.of("project", "nba-props-platform", "maximum_bytes_biled", "1")))
                .isInstanceOf(SuiteDefinitionException.class)
                .hasMessageStartingWith("suites/nba.yaml:14:3: unknown bigquery warehouse setting 'maximum_bytes_biled'")
                .hasMessageContaining("did you mean 'maximum_bytes_billed'?");
    }

    @Test
    void everyMistakeIsReportedAtOnce() {
        Map<String, String> wrong = Map.of("labels", "Team=x", "timeout_seconds", "0", "maximum_bytes_billed", "lots", "host", "localhost:1");
        assertThatThrownBy(() -> parse(wrong))
                .isInstanceOfSatisfying(SuiteDefinitionException.class, e -> assertThat(e.problems()).hasSize(5))
                .hasMessageContaining("needs 'project'")
                .hasMessageContaining("label 'Team=x' is not a BigQuery label")
                .hasMessageContaining("'timeout_seconds' is '0'")
                .hasMessageContaining("'maximum_bytes_billed' is 'lots'")
                .hasMessageContaining("'host' is 'localhost:1'");
    }

    @Test
    void preflightsOwnLabelsAreReserved() {
        assertThatThrownBy(() -> parse(Map.of("project", "nba-props-platform", "labels", "tool=other")))
                .isInstanceOf(SuiteDefinitionException.class).hasMessageContaining("label 'tool' is set by Preflight");
    }

    @Test
    void aBlankSettingCountsAsNotSetSoAnOverrideCanSwitchOffAnotherWarehousesSetting() {
        BigQuerySettings settings = parse(Map.of("project", "nba-props-platform", "path", "", "dataset", " "));
        assertThat(settings.dataset()).isNull();
    }

    @Test
    void aProjectMustBeAProjectId() {
        assertThatThrownBy(() -> parse(Map.of("project", "nba props`; DROP")))
                .isInstanceOf(SuiteDefinitionException.class).hasMessageContaining("not a project id");
        assertThat(parse(Map.of("project", "example.com:nba-props")).project()).isEqualTo("example.com:nba-props");
    }

    @Test
    void sizesAcceptDecimalAndBinaryUnits() {
        assertThat(BigQuerySettings.parseBytes("10737418240")).hasValue(10_737_418_240L);
        assertThat(BigQuerySettings.parseBytes("10 GiB")).hasValue(10L << 30);
        assertThat(BigQuerySettings.parseBytes("1.5TB")).hasValue(1_500_000_000_000L);
        assertThat(BigQuerySettings.parseBytes("500 mb")).hasValue(500_000_000L);
        assertThat(BigQuerySettings.parseBytes("ten")).isEmpty();
    }

    static BigQuerySettings parse(Map<String, String> settings) {
        return BigQuerySettings.of(new WarehouseSpec("bigquery", settings, BigQueryWarehouseTest.AT));
    }
}
