package dev.preflight.duckdb;

import dev.preflight.model.WarehouseSpec;
import dev.preflight.source.SourceLocation;
import dev.preflight.source.SuiteDefinitionException;
import dev.preflight.sql.Statement;
import dev.preflight.warehouse.Warehouse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How many threads DuckDB gives each statement: the {@code threads} setting, else the cores shared among the statements
 * a run sends at once ({@code parallelism}), else DuckDB's own default; one case per row.
 */
class DuckDbThreadsTest {

    private static final SourceLocation SUITE = new SourceLocation(URI.create("file:///suite.yaml"), "suite.yaml", 4, 3);

    @ParameterizedTest(name = "threads={0}, parallelism {1}, {2} cores: {3}")
    @CsvSource(nullValues = "-", value = {
            "-, 1, 2, -",
            "-, 1, 8, -",
            "-, 2, 2, 1",
            "-, 2, 8, 4",
            "-, 3, 8, 2",
            "-, 16, 8, 1",
            "3, 1, 2, 3",
            "3, 2, 2, 3",
            "' 1 ', 4, 8, 1"})
    void threadsPerStatement(String setting, int parallelism, int cores, Integer expected) {
        assertThat(DuckDbProvider.threads(spec(setting), parallelism, cores))
                .isEqualTo(expected == null ? OptionalInt.empty() : OptionalInt.of(expected));
    }

    @ParameterizedTest(name = "threads: ''{0}''")
    @ValueSource(strings = {"0", "-1", "two", "1.5", "1025", ""})
    void aSettingThatIsNotAThreadCountIsTheSuitesMistake(String setting) {
        assertThatThrownBy(() -> DuckDbProvider.threads(spec(setting), 1, 2))
                .isInstanceOf(SuiteDefinitionException.class)
                .hasMessageContaining("suite.yaml:4:3")
                .hasMessageContaining("the duckdb warehouse setting 'threads' is '" + setting + "'; write a whole number of threads each statement may use, from 1 to 1024");
    }

    /** The count reaches the database, where the sandbox's locked configuration keeps it: a statement cannot change it. */
    @ParameterizedTest(name = "threads={0}, parallelism {1}")
    @CsvSource(nullValues = "-", value = {"-, 2", "1, 1", "2, 2", "-, 64"})
    void theDatabaseRunsEachStatementWithThatMany(String setting, int parallelism) {
        WarehouseSpec spec = spec(setting);
        long expected = DuckDbProvider.threads(spec, parallelism, Runtime.getRuntime().availableProcessors()).orElseThrow();
        try (Warehouse warehouse = new DuckDbProvider().open(spec, parallelism)) {
            Object threads = warehouse.execute(new Statement(Statement.Kind.CUSTOM, "threads",
                    "SELECT current_setting('threads') AS threads")).rows().get(0).get(0);
            assertThat(((Number) threads).longValue()).isEqualTo(expected);
        }
    }

    private static WarehouseSpec spec(String threads) {
        Map<String, String> settings = new HashMap<>(Map.of(DuckDbProvider.PATH, ":memory:"));
        if (threads != null) {
            settings.put(DuckDbProvider.THREADS, threads);
        }
        return new WarehouseSpec("duckdb", settings, SUITE);
    }
}
