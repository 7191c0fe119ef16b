package dev.preflight.engine;

/**
 * The engine's id and its configuration keys. Every key is read through JUnit's configuration parameters, so the
 * same value works from Surefire, {@code @ConfigurationParameter}, {@code junit-platform.properties}, system
 * properties, the ConsoleLauncher's {@code --config} and the {@code preflight} command.
 */
public final class Constants {

    /** The engine id: {@value}. */
    public static final String ENGINE_ID = "preflight";

    /**
     * Prefix of parameter overrides: {@code preflight.param.start_date=2024-10-22} replaces the suite's default of
     * {@code start_date}. Environment variables {@code PREFLIGHT_PARAM_START_DATE} are read after these.
     */
    public static final String PARAMETER_PREFIX = "preflight.param.";

    /**
     * Prefix of warehouse overrides: {@code preflight.warehouse.path=/data/nba.duckdb} or
     * {@code preflight.warehouse.type=duckdb} replace the suite's {@code warehouse:} settings.
     */
    public static final String WAREHOUSE_PREFIX = "preflight.warehouse.";

    /**
     * {@value}: {@code pass} (default) reports a failed warn-severity check as a successful test with the report
     * entry {@code preflight.outcome=WARNED}; {@code fail} fails it like an error (a strict gate).
     */
    public static final String WARNINGS = "preflight.warnings";

    /**
     * {@value}: where reports link a check's YAML, with {@code {path}} (the suite's file or class-path resource) and
     * {@code {line}}, e.g. {@code https://github.com/acme/pipelines/blob/main/checks/src/main/resources/{path}#L{line}}.
     * Without it, links point at the file itself.
     */
    public static final String REPORT_SOURCE_URL = "preflight.report.source-url";

    /**
     * {@value}: {@code true} makes each suite publish its expected calendar (report entry {@value #CALENDAR}), which
     * {@code preflight gate --per-date} writes into its JSON for the summary's coverage heatmap.
     */
    public static final String REPORT_CALENDAR = "preflight.report.calendar";

    /**
     * {@value}: {@code false} leaves out each dataset's numbers per date (report entry {@value #PER_DATE}), which only
     * reports read (Allure's per-date table and coverage picture); default {@code true}. {@code preflight gate} sets
     * it when it writes no Allure results: on 500 datasets the entries cost more than their scans.
     */
    public static final String REPORT_PER_DATE = "preflight.report.per-date";

    /** Report entry of a suite: its expected calendar over the window, as JSON (only with {@value #REPORT_CALENDAR}). */
    public static final String CALENDAR = "preflight.calendar";

    /**
     * {@value}: the day a run judges waiver expiry and freshness against, e.g. {@code 2026-01-05}; default today.
     */
    public static final String TODAY = "preflight.today";

    /** Report entry key a suite with verdict words publishes: the verdict, e.g. {@code NOT READY}. */
    public static final String VERDICT = "preflight.verdict";

    /** Segment types of unique ids: {@code [engine:preflight]/[suite:URI]/[dataset:ID]/[check:ID]}. */
    public static final String SUITE_SEGMENT = "suite";
    public static final String DATASET_SEGMENT = "dataset";
    public static final String CHECK_SEGMENT = "check";

    /** Report entry keys published for every check. */
    public static final String OUTCOME = "preflight.outcome";
    public static final String RESULT = "preflight.result";

    /**
     * Report entry key of every check: what reports show besides its result, as JSON: {@code condition} (the check
     * in words), {@code owner}, {@code table_name}, {@code uri}, {@code file} and {@code line} of its YAML, and
     * {@code source_url} (the {@value #REPORT_SOURCE_URL} template, when set).
     */
    public static final String REPORT = "preflight.report";

    /** Report entry key of a dataset whose scan ran: its one scan's SQL. */
    public static final String SQL = "preflight.sql";

    /**
     * Report entry key of a dataset that has metrics: each metric's count per date with rows, and (when its checks
     * needed the calendar) the expected calendar over the window, as JSON: {@code metrics} (names), {@code counts}
     * (date to counts in that order), {@code calendar} ({@code season_starts}, {@code expected_dates},
     * {@code bootstrap_dates}).
     */
    public static final String PER_DATE = "preflight.per_date";

    /** Report entry keys a suite publishes when it finishes: its name, file, warehouse and window, for people. */
    public static final String SUITE_NAME = "preflight.suite";
    public static final String SUITE_SOURCE = "preflight.suite_source";
    public static final String SUITE_WAREHOUSE = "preflight.warehouse";
    public static final String SUITE_WINDOW = "preflight.window";

    private Constants() {
    }
}
