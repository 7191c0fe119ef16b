package dev.preflight.bigquery;

import dev.preflight.model.WarehouseSpec;
import dev.preflight.source.Problem;
import dev.preflight.source.SuiteDefinitionException;
import dev.preflight.source.Suggestions;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The settings of a {@code type: bigquery} warehouse, checked. Every setting is a string in the suite's
 * {@code warehouse:} section or an override {@code preflight.warehouse.KEY}; an empty value counts as not set, so an
 * override can switch off a setting that the suite writes for another warehouse (e.g. {@code path=} for DuckDB).
 *
 * @param project the billing project that runs the jobs, and the project of two-part table names
 * @param dataset the default dataset for one-part table names, or {@code null}
 * @param location where jobs run (US, EU, a region), or {@code null} for BigQuery's default
 * @param credentials a service-account key file, or {@code null} for Application Default Credentials; never shown
 * @param labels the suite's own job labels (Preflight adds its own to every job)
 * @param timeout the longest one statement may take, retries included
 * @param maximumBytesBilled set on every query job: BigQuery refuses a job that would bill more
 * @param host the REST root, for tests against a local server only; {@code null} means Google's
 */
public record BigQuerySettings(String project, String dataset, String location, Path credentials, Map<String, String> labels,
                               Duration timeout, long maximumBytesBilled, String host) {

    public static final String PROJECT = "project";
    public static final String DATASET = "dataset";
    public static final String LOCATION = "location";
    public static final String CREDENTIALS = "credentials";
    public static final String LABELS = "labels";
    public static final String TIMEOUT_SECONDS = "timeout_seconds";
    public static final String MAXIMUM_BYTES_BILLED = "maximum_bytes_billed";
    public static final String HOST = "host";

    /** Every setting, in the order the docs list them. */
    public static final List<String> KNOWN = List.of(PROJECT, DATASET, LOCATION, CREDENTIALS, LABELS, TIMEOUT_SECONDS,
            MAXIMUM_BYTES_BILLED, HOST);

    /** A statement that takes longer than this is cancelled unless the suite says otherwise. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);

    /** 100 GiB, about $0.61 on demand: far above what a partition-pruned gate reads, far below a runaway scan. */
    public static final long DEFAULT_MAXIMUM_BYTES_BILLED = 100L << 30;

    /** Labels Preflight sets itself, which a suite may not set. */
    static final Set<String> RESERVED_LABELS = Set.of("tool", "preflight_suite", "preflight_kind", "preflight_dataset");

    // Project ids: 6-30 lowercase letters, digits and hyphens; older ones may carry a domain prefix (example.com:proj).
    private static final Pattern PROJECT_ID = Pattern.compile("(?:[a-z0-9][a-z0-9.-]*[a-z0-9]:)?[a-z][a-z0-9-]{4,28}[a-z0-9]");
    private static final Pattern DATASET_ID = Pattern.compile("[A-Za-z0-9_]{1,1024}");
    private static final Pattern LOCATION_ID = Pattern.compile("[A-Za-z][A-Za-z0-9-]{1,62}");
    private static final Pattern LABEL_KEY = Pattern.compile("[a-z][a-z0-9_-]{0,62}");
    private static final Pattern LABEL_VALUE = Pattern.compile("[a-z0-9_-]{0,63}");
    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([KMGTP]i?B|B)?", Pattern.CASE_INSENSITIVE);

    public BigQuerySettings {
        labels = Map.copyOf(labels);
    }

    /** {@return the settings without the key file's path, which is never shown} */
    @Override
    public String toString() {
        return "BigQuerySettings[project=" + project + ", dataset=" + dataset + ", location=" + location
                + ", credentials=" + (credentials == null ? "application default" : "key file (path withheld)")
                + ", labels=" + new TreeMap<>(labels) + ", timeout=" + timeout + ", maximumBytesBilled=" + maximumBytesBilled
                + ", host=" + host + "]";
    }

    /**
     * Reads and checks the settings, reporting every mistake at the warehouse's location.
     *
     * @throws SuiteDefinitionException when a setting is unknown, missing or malformed
     */
    public static BigQuerySettings of(WarehouseSpec spec) {
        Map<String, String> settings = new LinkedHashMap<>();
        spec.settings().forEach((key, value) -> {
            if (value != null && !value.isBlank()) {
                settings.put(key, value.trim());
            }
        });
        List<Problem> problems = new ArrayList<>();
        for (String key : settings.keySet()) {
            if (!KNOWN.contains(key)) {
                problems.add(new Problem(spec.location(), "unknown bigquery warehouse setting '" + key + "'"
                        + Suggestions.hint(key, KNOWN) + "; known: type, " + String.join(", ", KNOWN) + ", parallelism"));
            }
        }
        String project = settings.get(PROJECT);
        if (project == null) {
            problems.add(new Problem(spec.location(), "the bigquery warehouse needs 'project': the billing project that runs"
                    + " the queries, e.g. project: nba-props-platform (or -Dpreflight.warehouse.project=…)"));
        } else if (!PROJECT_ID.matcher(project).matches()) {
            problems.add(new Problem(spec.location(), "'project' is '" + project + "', not a project id: 6 to 30 lowercase"
                    + " letters, digits and hyphens, starting with a letter, e.g. nba-props-platform"));
        }
        String dataset = settings.get(DATASET);
        if (dataset != null && !DATASET_ID.matcher(dataset).matches()) {
            problems.add(new Problem(spec.location(), "'dataset' is '" + dataset + "', not a dataset id: letters, digits and _"));
        }
        String location = settings.get(LOCATION);
        if (location != null && !LOCATION_ID.matcher(location).matches()) {
            problems.add(new Problem(spec.location(), "'location' is '" + location + "', not a BigQuery location such as US, EU or us-central1"));
        }
        Map<String, String> labels = labels(settings.get(LABELS), spec, problems);
        Duration timeout = timeout(settings.get(TIMEOUT_SECONDS), spec, problems);
        long maximum = bytes(settings.get(MAXIMUM_BYTES_BILLED), spec, problems);
        String host = settings.get(HOST);
        if (host != null && !(host.startsWith("http://") || host.startsWith("https://"))) {
            problems.add(new Problem(spec.location(), "'host' is '" + host + "'; it is the REST root of a test server,"
                    + " e.g. http://127.0.0.1:8080; leave it out to reach BigQuery"));
        } else if (host != null) {
            try {
                URI.create(host);
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(spec.location(), "'host' is not a URL: " + host));
            }
        }
        String credentials = settings.get(CREDENTIALS);
        if (!problems.isEmpty()) {
            throw new SuiteDefinitionException(problems);
        }
        return new BigQuerySettings(project, dataset, location, credentials == null ? null : Path.of(credentials), labels,
                timeout, maximum, host);
    }

    /** Labels are written {@code key=value} pairs separated by commas, e.g. {@code team=nba, env=prod}. */
    private static Map<String, String> labels(String text, WarehouseSpec spec, List<Problem> problems) {
        Map<String, String> labels = new TreeMap<>();
        if (text == null) {
            return labels;
        }
        for (String pair : text.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String key = (equals < 0 ? pair : pair.substring(0, equals)).trim();
            String value = equals < 0 ? "" : pair.substring(equals + 1).trim();
            if (!LABEL_KEY.matcher(key).matches() || !LABEL_VALUE.matcher(value).matches()) {
                problems.add(new Problem(spec.location(), "label '" + pair.trim() + "' is not a BigQuery label: write key=value"
                        + " pairs separated by commas, with lowercase letters, digits, _ and -, keys starting with a letter"));
            } else if (RESERVED_LABELS.contains(key)) {
                problems.add(new Problem(spec.location(), "label '" + key + "' is set by Preflight on every job; choose another key"));
            } else {
                labels.put(key, value);
            }
        }
        // BigQuery allows 64 labels a job; Preflight uses four of them.
        if (labels.size() > 64 - RESERVED_LABELS.size()) {
            problems.add(new Problem(spec.location(), "at most " + (64 - RESERVED_LABELS.size()) + " labels; found " + labels.size()));
        }
        return labels;
    }

    private static Duration timeout(String text, WarehouseSpec spec, List<Problem> problems) {
        if (text == null) {
            return DEFAULT_TIMEOUT;
        }
        try {
            long seconds = Long.parseLong(text);
            if (seconds >= 1 && seconds <= 6 * 3600) {
                return Duration.ofSeconds(seconds);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new Problem(spec.location(), "'timeout_seconds' is '" + text + "'; write whole seconds from 1 to 21600 (6 hours)"));
        return DEFAULT_TIMEOUT;
    }

    private static long bytes(String text, WarehouseSpec spec, List<Problem> problems) {
        if (text == null) {
            return DEFAULT_MAXIMUM_BYTES_BILLED;
        }
        Optional<Long> parsed = parseBytes(text);
        if (parsed.isEmpty() || parsed.get() < 1) {
            problems.add(new Problem(spec.location(), "'maximum_bytes_billed' is '" + text + "'; write bytes, e.g. 10737418240,"
                    + " or a size such as 10 GiB or 500 MB"));
            return DEFAULT_MAXIMUM_BYTES_BILLED;
        }
        return parsed.get();
    }

    /** {@return bytes written as a number, or with a unit: B, KB/MB/GB/TB/PB (powers of 1000), KiB…PiB (of 1024)} */
    static Optional<Long> parseBytes(String text) {
        Matcher m = SIZE.matcher(text.trim().replace("_", ""));
        if (!m.matches()) {
            return Optional.empty();
        }
        String unit = m.group(2) == null ? "B" : m.group(2).toUpperCase(Locale.ROOT);
        double multiplier = switch (unit) {
            case "B" -> 1;
            case "KB" -> 1e3;
            case "MB" -> 1e6;
            case "GB" -> 1e9;
            case "TB" -> 1e12;
            case "PB" -> 1e15;
            case "KIB" -> 0x1p10;
            case "MIB" -> 0x1p20;
            case "GIB" -> 0x1p30;
            case "TIB" -> 0x1p40;
            default -> 0x1p50;
        };
        double value = Double.parseDouble(m.group(1)) * multiplier;
        if (value > Long.MAX_VALUE) {
            return Optional.empty();
        }
        return Optional.of((long) Math.ceil(value));
    }
}
