package dev.preflight.runner;

import dev.preflight.check.Format;
import dev.preflight.model.DateWindow;
import dev.preflight.model.TableName;
import dev.preflight.model.WarehouseSpec;
import dev.preflight.runner.gate.OutputFile;
import dev.preflight.runner.gate.UsageException;
import dev.preflight.runner.suggest.Profiler;
import dev.preflight.runner.suggest.SuggestedSuite;
import dev.preflight.runner.suggest.TableProfile;
import dev.preflight.source.Redaction;
import dev.preflight.warehouse.Warehouse;
import dev.preflight.warehouse.Warehouses;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code preflight suggest}: a first suite for a table, from one scan of it (Deequ's constraint suggestion), so an
 * author starts from the data's own numbers instead of a blank file.
 */
@Command(name = "suggest", mixinStandardHelpOptions = true,
        description = {"Suggests a first suite for a table from one scan of its data.",
                "Checks its NULLs, negative values, few-valued text, types, keys, rows per date, and with --calendar the dates it covers.",
                "Each threshold holds the table to what it is today; review it, then run it with 'preflight gate'."},
        footer = {"", "Examples (they run as pasted after ./preflight demo):",
                "  ./preflight suggest --warehouse preflight-demo/nba.duckdb \\",
                "      --table nba_analytics.player_game_summary --keys game_id,player_lookup",
                "  ./preflight suggest --warehouse preflight-demo/nba.duckdb \\",
                "      --table nba_analytics.team_defense_game_summary \\",
                "      --calendar nba_raw.nbac_schedule --start-date 2024-10-22 \\",
                "      --end-date 2025-06-22 --output preflight-demo/team_defense.yaml",
                "Then: ./preflight gate --suite preflight-demo/team_defense.yaml"})
final class SuggestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--table", required = true, paramLabel = "TABLE", description = "The table: dataset.table or project.dataset.table.")
    String table;

    @Option(names = "--warehouse", paramLabel = "PATH", description = "DuckDB database file.")
    String warehouse;

    @Option(names = "--warehouse-setting", paramLabel = "KEY=VALUE",
            description = "A warehouse setting, e.g. type=bigquery, project=nba-props-platform. Repeatable.")
    Map<String, String> warehouseSettings = new LinkedHashMap<>();

    @Option(names = "--date-column", paramLabel = "COLUMN", description = "The DATE column that dates each row (default: the table's only DATE column).")
    String dateColumn;

    @Option(names = "--keys", split = ",", paramLabel = "COLUMN", description = "Columns that identify a row, comma-separated: suggests a duplicates check.")
    List<String> keys = List.of();

    @Option(names = "--max-values", defaultValue = "20", paramLabel = "N",
            description = "A text column with at most N distinct values, each on 10 rows or more on average, gets 'values: {in: [...]}'"
                    + " (default: ${DEFAULT-VALUE}; 0: none). Costs a second statement.")
    int maxValues;

    @Option(names = "--calendar", paramLabel = "TABLE",
            description = "A table whose distinct dates the table must cover (a schedule): suggests a calendar and a coverage check.")
    String calendarTable;

    @Option(names = "--calendar-column", paramLabel = "COLUMN", description = "The calendar table's DATE column (default: its only DATE column).")
    String calendarColumn;

    @Option(names = "--start-date", paramLabel = "YYYY-MM-DD", description = "First date to scan (default: every date).")
    LocalDate startDate;

    @Option(names = "--end-date", paramLabel = "YYYY-MM-DD", description = "Last date to scan (default: every date).")
    LocalDate endDate;

    @Option(names = "--output", paramLabel = "FILE", description = "Writes the suite to FILE (default: standard output); never onto the warehouse.")
    Path output;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        TableName name = TableName.parse(table).orElseThrow(() -> new UsageException("--table " + table + ": " + TableName.RULE));
        Optional<DateWindow> window = window();
        Optional<Profiler.Calendar> calendar = calendar();
        if (maxValues < 0) {
            throw new UsageException("--max-values is a number of values, 0 or more, not " + maxValues);
        }
        WarehouseSpec warehouseSpec = warehouseSpec();
        OutputFile file = output == null ? null : new OutputFile(output);
        if (file != null) {
            file.check(List.of(), warehouseSpec.settings().get("path"));
        }
        LocalDate today = LocalDate.now();
        TableProfile profile;
        try (Warehouse opened = Warehouses.load(Thread.currentThread().getContextClassLoader()).open(warehouseSpec)) {
            profile = Profiler.profile(opened, new Profiler.Request(name, Optional.ofNullable(dateColumn), keys, window, maxValues,
                    calendar, today));
        }
        String suite = SuggestedSuite.yaml(profile, written(warehouseSpec), today);
        if (file == null) {
            out.print(suite);
        } else {
            file.write(Redaction.redact(suite));
            out.println("preflight: wrote " + output + " (" + profile.columns().size() + " columns, " + Format.count(profile.rows())
                    + " rows measured); run it with ./preflight gate --suite " + output);
        }
        out.flush();
        return 0;
    }

    private Optional<Profiler.Calendar> calendar() {
        if (calendarTable == null) {
            if (calendarColumn != null) {
                throw new UsageException("--calendar-column names a column of the --calendar table; give --calendar too");
            }
            return Optional.empty();
        }
        TableName table = TableName.parse(calendarTable).orElseThrow(() -> new UsageException("--calendar " + calendarTable + ": " + TableName.RULE));
        return Optional.of(new Profiler.Calendar(table, Optional.ofNullable(calendarColumn)));
    }

    private Optional<DateWindow> window() {
        if (startDate == null && endDate == null) {
            return Optional.empty();
        }
        if (startDate == null || endDate == null) {
            throw new UsageException("give both --start-date and --end-date, or neither to scan every date");
        }
        if (startDate.isAfter(endDate)) {
            throw new UsageException("--start-date " + startDate + " is after --end-date " + endDate + "; swap the dates");
        }
        return Optional.of(new DateWindow(startDate, endDate));
    }

    private WarehouseSpec warehouseSpec() {
        Map<String, String> settings = SuiteOptions.warehouseSettings(warehouse, warehouseSettings);
        String type = settings.getOrDefault("type", "duckdb");
        if (type.equals("duckdb") && !settings.containsKey("path")) {
            throw new UsageException("name the DuckDB database with --warehouse PATH (or --warehouse-setting type=bigquery, project=…)");
        }
        settings.remove("type");
        return new WarehouseSpec(type, settings, null);
    }

    /**
     * {@return the settings the suite's {@code warehouse:} gets}: type first, nothing about how to scan, and no secret:
     * neither a setting whose name says secret nor one whose value {@link Redaction} withholds (a provider's declared
     * secrets, registered when it opened)
     */
    static Map<String, String> written(WarehouseSpec spec) {
        Map<String, String> written = new LinkedHashMap<>();
        written.put("type", spec.type());
        // Sorted: a spec's settings have no order, and the same command should write the same file.
        new java.util.TreeMap<>(spec.settings()).forEach((key, value) -> {
            if (!key.equals(Warehouses.PARALLELISM) && !Redaction.isSecretName(key) && Redaction.redact(value).equals(value)) {
                written.put(key, value);
            }
        });
        return written;
    }
}
