package dev.preflight.runner;

import dev.preflight.model.DateExpression;
import dev.preflight.runner.gate.RunRequest;
import dev.preflight.runner.gate.UsageException;
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

    @Option(names = "--suite", required = true, paramLabel = "FILE|DIR|classpath:NAME", converter = SuiteOptions.Location.class,
            description = "Suite file (a path or a file: URI), directory of suites, or classpath:resource. Repeatable.")
    List<String> suites = new ArrayList<>();

    @Option(names = "--start-date", paramLabel = "DATE", converter = DateConverter.class,
            description = "Overrides the suites' start_date parameter: YYYY-MM-DD, today or today-N.")
    LocalDate startDate;

    @Option(names = "--end-date", paramLabel = "DATE", converter = DateConverter.class,
            description = "Overrides the suites' end_date parameter: YYYY-MM-DD, today or today-N.")
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
        return new RunRequest(suites, startDate, endDate, parameters, tags, warehouseSettings(warehouse, warehouseSettings));
    }

    /** {@return the {@code --warehouse-setting}s with {@code --warehouse} as their {@code path}} */
    static Map<String, String> warehouseSettings(String warehouse, Map<String, String> given) {
        Map<String, String> settings = new LinkedHashMap<>(given);
        if (warehouse != null && settings.containsKey("path")) {
            // One would silently win over the other; the caller meant one of them.
            throw new UsageException("--warehouse " + warehouse + " and --warehouse-setting path=" + settings.get("path")
                    + " both name the warehouse; give one of them");
        }
        if (warehouse != null) {
            settings.put("path", warehouse);
        }
        return settings;
    }

    /**
     * A suite location as the command line takes it; a {@code file:} URI, as gate.json and the reports name a suite
     * file, is the path it names, so a command copied from them runs as pasted.
     */
    public static final class Location implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            String location = dev.preflight.source.ShellArguments.suite(value);
            if (location.startsWith("file:")) {
                throw new TypeConversionException("'" + value + "' is not a file URI: write a path, a file:/// URI or classpath:NAME");
            }
            return location;
        }
    }

    /**
     * Reads the dates a suite's window accepts ({@link DateExpression}), strictly, so 2026-02-30 is a usage error
     * instead of March 2nd.
     */
    public static final class DateConverter implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            return DateExpression.parse(value, LocalDate.now()).orElseThrow(() -> new TypeConversionException(
                    "'" + value + "' is not a date: write " + DateExpression.FORMS + why(value)));
        }

        /** java.time says why an ISO-looking date is wrong (day 30 of February); other text needs no more words. */
        private static String why(String value) {
            try {
                LocalDate.parse(value.trim());
                return "";
            } catch (DateTimeParseException e) {
                return value.trim().matches("\\d{4}-\\d{2}-\\d{2}")
                        ? " (" + e.getMessage().replaceFirst("^Text '[^']*' could not be parsed: ", "") + ")" : "";
            }
        }
    }
}
