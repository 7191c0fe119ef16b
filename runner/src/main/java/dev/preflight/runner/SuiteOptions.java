package dev.preflight.runner;

import dev.preflight.runner.gate.RunRequest;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The options every command that runs suites shares. */
public final class SuiteOptions {

    @Option(names = "--suite", required = true, paramLabel = "FILE|DIR|classpath:NAME",
            description = "Suite file, directory of suites, or classpath:resource. Repeatable.")
    List<String> suites = new ArrayList<>();

    @Option(names = "--start-date", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "Overrides the suites' start_date parameter.")
    LocalDate startDate;

    @Option(names = "--end-date", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "Overrides the suites' end_date parameter.")
    LocalDate endDate;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "Overrides a suite parameter. Repeatable.")
    Map<String, String> parameters = new LinkedHashMap<>();

    @Option(names = "--tag", paramLabel = "TAG", description = "Runs only checks with this JUnit tag (or tag expression). Repeatable.")
    List<String> tags = new ArrayList<>();

    @Option(names = "--warehouse", paramLabel = "PATH", description = "DuckDB database file to check instead of the suite's.")
    String warehouse;

    @Option(names = "--warehouse-setting", paramLabel = "KEY=VALUE",
            description = "Overrides a warehouse setting, e.g. type=bigquery, project=nba-props-platform, maximum_bytes_billed=10GiB. Repeatable.")
    Map<String, String> warehouseSettings = new LinkedHashMap<>();

    public RunRequest request() {
        Map<String, String> settings = new LinkedHashMap<>(warehouseSettings);
        if (warehouse != null) {
            settings.put("path", warehouse);
        }
        return new RunRequest(suites, startDate, endDate, parameters, tags, settings);
    }

    /** Parses dates strictly, so 2026-02-30 is a usage error instead of March 2nd. */
    public static final class DateConverter implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a date written as YYYY-MM-DD ("
                        + e.getMessage().replaceFirst("^Text '[^']*' could not be parsed: ", "") + ")");
            }
        }
    }
}
