package dev.preflight.suite;

import dev.preflight.model.SqlFragment;
import dev.preflight.model.DateExpression;
import dev.preflight.model.ParameterSource;
import dev.preflight.model.Parameters;
import dev.preflight.source.Problem;
import dev.preflight.source.Problems;
import dev.preflight.source.SourceLocation;
import dev.preflight.source.SourceText;
import dev.preflight.source.SuiteDefinitionException;
import dev.preflight.source.Suggestions;
import dev.preflight.yaml.MappingReader;
import dev.preflight.yaml.YamlNode;
import dev.preflight.yaml.YamlReader;

import dev.preflight.check.DatasetInfo;
import dev.preflight.check.CheckSpec;
import dev.preflight.check.CheckType;
import dev.preflight.check.CheckTypes;
import dev.preflight.model.CalendarSpec;
import dev.preflight.model.DateWindow;
import dev.preflight.model.HistorySpec;
import dev.preflight.model.SeasonSpec;
import dev.preflight.model.Severity;
import dev.preflight.model.TableName;
import dev.preflight.model.WarehouseSpec;
import dev.preflight.model.SampleRequest;
import dev.preflight.model.VerdictLabels;
import dev.preflight.model.Waiver;

import org.apiguardian.api.API;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * Turns suite YAML into a {@link Suite}, collecting every problem with its location. Reads no data: a suite that
 * names a table that does not exist is found out when it runs.
 */
@API(status = MAINTAINED, since = "0.1")
public final class SuiteParser {

    /** A YAML file is a suite when its root is a mapping with one of these keys. */
    private static final Set<String> SUITE_KEYS = Set.of("preflight", "datasets");

    /** What a dataset's or check's id may hold; compiled once, as a suite may hold 10,000 ids. */
    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[A-Za-z0-9_.:()-]{1,200}");

    /** The only suite format version so far; a suite says {@code preflight: 1}. */
    static final String FORMAT_VERSION = "1";

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{\\s*([A-Za-z0-9_.-]+)\\s*}");

    /** Stand-ins for a dataset's unreadable table or date column while its checks are read for their problems. */
    private static final TableName UNREADABLE_TABLE = new TableName(List.of("unreadable_table"));
    private static final String UNREADABLE_COLUMN = "unreadable_column";

    private final CheckTypes checkTypes;
    private final ParameterSource overrides;
    private final Map<String, String> warehouseOverrides;
    private final Clock clock;

    public SuiteParser(CheckTypes checkTypes, ParameterSource overrides, Map<String, String> warehouseOverrides, Clock clock) {
        this.checkTypes = checkTypes;
        this.overrides = overrides;
        this.warehouseOverrides = Map.copyOf(warehouseOverrides);
        this.clock = clock;
    }

    public SuiteParser(CheckTypes checkTypes) {
        this(checkTypes, ParameterSource.none(), Map.of(), Clock.systemDefaultZone());
    }

    /** The outcome of reading one file: a suite, or the problems that stop it, or "not a suite at all". */
    public sealed interface Parsed permits Parsed.Valid, Parsed.Invalid, Parsed.NotASuite {
        /** A suite ready to run. */
        record Valid(Suite suite) implements Parsed {
        }

        /** A suite with mistakes; {@code name} is its declared name when it could be read. */
        record Invalid(String name, List<Problem> problems) implements Parsed {
            public Invalid {
                problems = List.copyOf(problems);
            }
        }

        /**
         * A YAML file that is not a Preflight suite (no {@code preflight:} or {@code datasets:} key).
         *
         * @param reason why, for a caller that named the file itself, e.g. "it has no 'preflight:' key"
         */
        record NotASuite(String reason) implements Parsed {
        }
    }

    /** {@return whether a file of this name may hold a suite: {@code .yaml} or {@code .yml}, in any case} */
    public static boolean isSuiteFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml");
    }

    /**
     * {@return why the text is not a suite at all, or empty when it is one (valid or not)}: for a caller that named
     * the file itself and must say why nothing runs, where a folder's other YAML files are quietly left out
     */
    public static Optional<String> whyNotASuite(String text) {
        return YamlReader.root(text, SUITE_KEYS).flatMap(SuiteParser::whyNotASuite);
    }

    private static Optional<String> whyNotASuite(YamlNode root) {
        boolean found = root instanceof YamlNode.Mapping mapping && SUITE_KEYS.stream().anyMatch(mapping.entries()::containsKey);
        return whyNotASuite(new YamlReader.Root(root.kind(), found));
    }

    private static Optional<String> whyNotASuite(YamlReader.Root root) {
        if (root.found()) {
            return Optional.empty();
        }
        return Optional.of(switch (root.kind()) {
            case YamlNode.NULL -> "it is empty";
            case YamlNode.MAPPING -> "it has no 'preflight:' key";
            default -> "it holds " + root.kind() + ", not a mapping of keys";
        });
    }

    public Parsed parse(Reader reader, SourceLocation file) {
        String text;
        try {
            text = SourceText.read(reader, file);
        } catch (SuiteDefinitionException e) {
            return new Parsed.Invalid(null, e.problems());
        } catch (IOException e) {
            return new Parsed.Invalid(null, List.of(new Problem(file.at(1, 1), "cannot read the suite: " + e.getMessage())));
        }
        return parse(text, file);
    }

    public Parsed parse(String text, SourceLocation file) {
        Problems problems = new Problems();
        Optional<YamlNode> root = YamlReader.read(text, file, problems);
        if (root.isEmpty()) {
            return new Parsed.Invalid(null, problems.asList());
        }
        Optional<String> notASuite = whyNotASuite(root.get());
        if (notASuite.isPresent()) {
            return new Parsed.NotASuite(notASuite.get());
        }
        YamlNode.Mapping mapping = (YamlNode.Mapping) root.get();
        Parameters parameters = parameters(mapping, text, file, problems);
        MappingReader top = new MappingReader(mapping, "the suite", parameters, problems);
        String name = top.string("name").orElse(null);
        Optional<Suite> suite = suite(top, file, parameters, name);
        if (!problems.isEmpty() || suite.isEmpty()) {
            return new Parsed.Invalid(name, problems.asList());
        }
        return new Parsed.Valid(suite.get());
    }

    private Parameters parameters(YamlNode.Mapping root, String text, SourceLocation file, Problems problems) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Parameters.Type> types = new LinkedHashMap<>();
        YamlNode.Entry declared = root.entries().get("parameters");
        if (declared != null) {
            if (declared.value() instanceof YamlNode.Mapping params) {
                for (YamlNode.Entry entry : params.entries().values()) {
                    if (entry.value() instanceof YamlNode.Scalar scalar) {
                        values.put(entry.key(), scalar.isNull() ? "" : scalar.text());
                        types.put(entry.key(), Parameters.typeOf(scalar.text(), scalar.number()));
                    } else {
                        problems.add(entry.value().location(), "parameter '" + entry.key() + "' expects a value but was " + entry.value().kind());
                    }
                }
            } else {
                problems.add(declared.value().location(), "'parameters' expects a mapping of names to default values");
            }
        }
        Set<String> names = new HashSet<>(values.keySet());
        Matcher references = REFERENCE.matcher(text);
        while (references.find()) {
            names.add(references.group(1));
        }
        for (String name : names) {
            overrides.lookup(name).ifPresent(v -> values.put(name, v));
        }
        return new Parameters(values, types);
    }

    private Optional<Suite> suite(MappingReader top, SourceLocation file, Parameters parameters, String name) {
        top.allow("parameters");
        Problems problems = top.problems();
        top.string("preflight").ifPresentOrElse(version -> {
            if (!FORMAT_VERSION.equals(version.trim())) {
                problems.add(top.locationOf("preflight"), "suite format version '" + version + "' is not supported; write 'preflight: 1'");
            }
        }, () -> problems.add(file.at(1, 1), "add 'preflight: 1' as the first line, so tools know this file is a Preflight suite"));
        if (name == null && !top.has("name")) {
            top.missing("name");
        }
        String description = top.string("description").orElse("");
        String owner = top.string("owner").orElse("");
        List<String> tags = tags(top);
        WarehouseSpec warehouse = warehouse(top, file);
        Optional<DateWindow> window = window(top, parameters, file);
        CalendarSpec calendar = calendar(top, file);
        SeasonSpec seasons = seasons(top);
        List<Dataset> datasets = datasets(top, calendar != null);
        List<Waiver> waivers = SuiteReferences.waivers(top, datasets);
        VerdictLabels verdict = SuiteReferences.verdict(top);
        HistorySpec history = history(top);
        SuiteReferences.checkDependencies(datasets, problems);
        top.rejectUnknownKeys();
        if (window.isEmpty() || name == null) {
            return Optional.empty();
        }
        return Optional.of(new Suite(name, description, tags, owner, parameters, warehouse, window.get(), calendar, seasons,
                datasets, file.at(1, 1), waivers, verdict, history));
    }

    private List<String> tags(MappingReader reader) {
        List<String> tags = reader.stringList("tags");
        for (String tag : tags) {
            if (tag.isBlank() || tag.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c) || ",()&|!".indexOf(c) >= 0)) {
                reader.problems().add(reader.locationOf("tags"), "tag '" + tag + "' cannot be a JUnit tag: leave out spaces and , ( ) & | !");
            }
        }
        return tags;
    }

    private WarehouseSpec warehouse(MappingReader top, SourceLocation file) {
        Map<String, String> settings = new LinkedHashMap<>();
        SourceLocation at = file.at(1, 1);
        Optional<MappingReader> section = top.mapping("warehouse");
        if (section.isPresent()) {
            MappingReader warehouse = section.get();
            at = warehouse.location();
            YamlNode.Mapping raw = (YamlNode.Mapping) top.node("warehouse").orElseThrow();
            for (YamlNode.Entry entry : raw.entries().values()) {
                warehouse.scalarText(entry.key(), entry.value()).ifPresent(v -> settings.put(entry.key(), v));
            }
        }
        settings.putAll(warehouseOverrides);
        String type = settings.getOrDefault("type", "duckdb");
        settings.remove("type");
        return new WarehouseSpec(type.toLowerCase(Locale.ROOT), settings, at);
    }

    private Optional<DateWindow> window(MappingReader top, Parameters parameters, SourceLocation file) {
        Problems problems = top.problems();
        Optional<MappingReader> section = top.mapping("window");
        Optional<LocalDate> start;
        Optional<LocalDate> end;
        SourceLocation at;
        if (section.isPresent()) {
            MappingReader window = section.get();
            at = window.location();
            start = window.requiredString("start").flatMap(t -> date(t, window.locationOf("start"), "'start' of the window", window));
            end = window.requiredString("end").flatMap(t -> date(t, window.locationOf("end"), "'end' of the window", window));
            window.rejectUnknownKeys();
        } else {
            String startText = parameters.values().get("start_date");
            String endText = parameters.values().get("end_date");
            at = top.has("parameters") ? top.locationOf("parameters") : file.at(1, 1);
            if (startText == null || endText == null) {
                if (top.node("parameters").filter(p -> !(p instanceof YamlNode.Mapping)).isPresent()) {
                    return Optional.empty(); // 'parameters' that is no mapping is reported already; this would repeat it
                }
                problems.add(at, "the suite has no window: declare parameters start_date and end_date, or a 'window:' with start and end");
                return Optional.empty();
            }
            start = date(startText, at, "parameter start_date", top);
            end = date(endText, at, "parameter end_date", top);
        }
        if (start.isEmpty() || end.isEmpty()) {
            return Optional.empty();
        }
        if (start.get().isAfter(end.get())) {
            problems.add(at, "the window starts on " + start.get() + ", after it ends on " + end.get() + "; swap the dates");
            return Optional.empty();
        }
        return Optional.of(new DateWindow(start.get(), end.get()));
    }

    private Optional<LocalDate> date(String text, SourceLocation at, String role, MappingReader reader) {
        Optional<LocalDate> date = DateExpression.parse(text, LocalDate.now(clock));
        if (date.isEmpty()) {
            // MappingReader words the problem for an ISO date, and says what was written.
            return reader.parseDate(text, at, role);
        }
        return date;
    }

    private CalendarSpec calendar(MappingReader top, SourceLocation file) {
        Optional<MappingReader> section = top.mapping("calendar");
        if (section.isEmpty()) {
            return null;
        }
        MappingReader calendar = section.get();
        Problems problems = calendar.problems();
        List<String> forms = new ArrayList<>();
        for (String form : List.of("table", "query", "dates", "file")) {
            if (calendar.has(form)) {
                forms.add(form);
            }
        }
        calendar.allow("date_column", "season_column", "where", "count_distinct");
        if (forms.size() != 1) {
            problems.add(calendar.location(), "'calendar' needs exactly one of table, query, dates or file"
                    + (forms.isEmpty() ? "" : "; found " + String.join(" and ", forms)));
            calendar.rejectUnknownKeys();
            return null;
        }
        CalendarSpec spec = null;
        switch (forms.get(0)) {
            case "table": {
                Optional<TableName> table = calendar.table("table");
                Optional<String> dateColumn = calendar.requiredColumn("date_column");
                String seasonColumn = calendar.column("season_column").orElse(null);
                SqlFragment where = calendar.rowFilter("where").orElse(null);
                String countDistinct = calendar.column("count_distinct").orElse(null);
                if (table.isPresent() && dateColumn.isPresent()) {
                    spec = new CalendarSpec.FromTable(table.get(), dateColumn.get(), seasonColumn, where, calendar.location(), countDistinct);
                }
                break;
            }
            case "query": {
                // Placeholders in the query are values of their parameters' types, rendered by the dialect.
                spec = calendar.query("query", Set.of()).map(q -> new CalendarSpec.FromQuery(q, calendar.location())).orElse(null);
                break;
            }
            case "dates": {
                List<LocalDate> dates = new ArrayList<>();
                calendar.list("dates").ifPresent(items -> {
                    for (YamlNode item : items) {
                        calendar.scalarText("dates", item).flatMap(t -> calendar.parseDate(t, item.location(), "an entry of 'dates'")).ifPresent(dates::add);
                    }
                    if (items.isEmpty()) {
                        problems.add(calendar.locationOf("dates"), "the expected calendar is empty: list at least one date, or leave out 'calendar'");
                    }
                });
                spec = new CalendarSpec.Inline(dates, calendar.location());
                break;
            }
            default: {
                Optional<String> path = calendar.string("file");
                if (path.isPresent()) {
                    spec = new CalendarSpec.FromFile(resolve(file, path.get()), calendar.location());
                }
            }
        }
        calendar.rejectUnknownKeys();
        return spec;
    }

    private static Path resolve(SourceLocation suite, String path) {
        Path candidate = Path.of(path);
        if (candidate.isAbsolute() || !"file".equals(suite.uri().getScheme())) {
            return candidate;
        }
        return Path.of(suite.uri()).getParent().resolve(candidate).normalize();
    }

    /** {@code history: {path: FILE, table: NAME}}, both optional; {@code history: {}} keeps the defaults. */
    private static HistorySpec history(MappingReader top) {
        Optional<MappingReader> section = top.mapping("history");
        if (section.isEmpty()) {
            return null;
        }
        MappingReader history = section.get();
        String path = history.string("path").map(String::trim).filter(p -> !p.isEmpty()).orElse(null);
        String table = history.string("table").map(String::trim).filter(t -> !t.isEmpty()).orElse(null);
        if (table != null && !table.matches("[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*){0,2}")) {
            history.problems().add(history.locationOf("table"), "'table' of 'history' is a table name such as dq.metric_history"
                    + " (letters, digits, '_' and '-', up to three parts), not '" + table + "'");
        }
        history.rejectUnknownKeys();
        return new HistorySpec(path, table, history.location());
    }

    private SeasonSpec seasons(MappingReader top) {
        Optional<MappingReader> section = top.mapping("seasons");
        if (section.isEmpty()) {
            return SeasonSpec.none();
        }
        MappingReader seasons = section.get();
        List<LocalDate> starts = new ArrayList<>();
        seasons.list("starts").ifPresent(items -> {
            for (YamlNode item : items) {
                seasons.scalarText("starts", item).flatMap(t -> seasons.parseDate(t, item.location(), "an entry of 'starts'")).ifPresent(starts::add);
            }
        });
        long bootstrap = seasons.integer("bootstrap_days", 0).orElse(0L);
        long gap = seasons.integer("gap_days", 1).orElse((long) SeasonSpec.DEFAULT_GAP_DAYS);
        seasons.rejectUnknownKeys();
        return new SeasonSpec(starts, (int) Math.min(bootstrap, 366), (int) Math.min(gap, 3660));
    }

    private List<Dataset> datasets(MappingReader top, boolean hasCalendar) {
        Problems problems = top.problems();
        Optional<List<YamlNode>> items = top.list("datasets");
        if (items.isEmpty()) {
            if (!top.has("datasets")) {
                top.missing("datasets");
            }
            return List.of();
        }
        if (items.get().isEmpty()) {
            problems.add(top.locationOf("datasets"), "'datasets' is empty: list at least one table to check");
        }
        List<Dataset> datasets = new ArrayList<>();
        Map<String, SourceLocation> ids = new HashMap<>();
        for (YamlNode item : items.get()) {
            if (!(item instanceof YamlNode.Mapping mapping)) {
                problems.add(item.location(), "each dataset is a mapping with at least 'table' and 'date_column', not " + item.kind());
                continue;
            }
            MappingReader reader = new MappingReader(mapping, "dataset", top.parameters(), problems);
            dataset(reader, hasCalendar).ifPresent(d -> {
                SourceLocation previous = ids.putIfAbsent(d.id(), d.location());
                if (previous != null) {
                    problems.add(d.location(), "two datasets have the id '" + d.id() + "' (the other at line " + previous.line()
                            + "); give one of them an 'id:'");
                } else {
                    datasets.add(d);
                }
            });
        }
        return datasets;
    }

    private Optional<Dataset> dataset(MappingReader reader, boolean hasCalendar) {
        Problems problems = reader.problems();
        Optional<String> tableText = reader.requiredString("table");
        Optional<TableName> table = tableText.flatMap(t -> MappingReader.tableName(t, reader.locationOf("table"), problems));
        String id = reader.string("id").flatMap(i -> id(i, reader.locationOf("id"), problems)).orElse(table.map(TableName::simpleName).orElse(null));
        // Without a date column the dataset is judged as a whole: no window, no calendar (reference tables).
        boolean dated = reader.has("date_column");
        Optional<String> dateColumn = dated ? reader.column("date_column") : Optional.empty();
        List<String> keys = reader.columns("keys");
        SqlFragment where = reader.rowFilter("where").orElse(null);
        List<String> requiredBy = reader.stringList("required_by");
        List<String> tags = tags(reader);
        reader.string("description");
        // The checks are read even when the dataset's own table or date column is wrong, so that the author sees
        // their problems in the same run; the placeholders only label messages, and such a dataset is dropped.
        String label = id != null ? id : tableText.map(String::trim).orElse("at line " + reader.location().line());
        DatasetInfo context = new DatasetInfo(label, table.orElse(UNREADABLE_TABLE),
                dateColumn.orElse(dated ? UNREADABLE_COLUMN : null), keys, hasCalendar);
        List<CheckDefinition> checks = checks(reader, context);
        reader.rejectUnknownKeys();
        if (table.isEmpty() || (dated && dateColumn.isEmpty()) || id == null) {
            return Optional.empty();
        }
        return Optional.of(new Dataset(id, table.get(), dateColumn.orElse(null), keys, where, requiredBy, tags, checks, reader.location()));
    }

    private List<CheckDefinition> checks(MappingReader dataset, DatasetInfo context) {
        Problems problems = dataset.problems();
        Optional<List<YamlNode>> items = dataset.list("checks");
        if (items.isEmpty()) {
            if (!dataset.has("checks")) {
                dataset.missing("checks");
            }
            return List.of();
        }
        List<CheckDefinition> checks = new ArrayList<>();
        Map<String, SourceLocation> ids = new HashMap<>();
        for (YamlNode item : items.get()) {
            check(item, dataset, context).ifPresent(check -> {
                SourceLocation previous = ids.putIfAbsent(check.id(), check.location());
                if (previous != null) {
                    problems.add(check.location(), "two checks of dataset '" + context.datasetId() + "' have the id '" + check.id()
                            + "' (the other at line " + previous.line() + "); give one of them an 'id:'");
                } else {
                    checks.add(check);
                }
            });
        }
        if (items.get().isEmpty()) {
            problems.add(dataset.locationOf("checks"), "'checks' of dataset '" + context.datasetId() + "' is empty: add at least one check");
        }
        return checks;
    }

    private Optional<CheckDefinition> check(YamlNode item, MappingReader dataset, DatasetInfo context) {
        Problems problems = dataset.problems();
        if (!(item instanceof YamlNode.Mapping mapping) || mapping.entries().size() != 1) {
            problems.add(item.location(), "a check is one key naming its type with its settings below it, e.g. '- coverage: {min: 95}'"
                    + (item instanceof YamlNode.Mapping m ? "; found keys " + String.join(", ", m.entries().keySet())
                    + " (put id, severity and tags inside the type's mapping)" : ""));
            return Optional.empty();
        }
        YamlNode.Entry entry = mapping.entries().values().iterator().next();
        Optional<CheckType> type = checkTypes.find(entry.key());
        if (type.isEmpty()) {
            problems.add(entry.keyLocation(), "unknown check type '" + entry.key() + "'" + Suggestions.hint(entry.key(), checkTypes.names())
                    + "; known types: " + String.join(", ", checkTypes.names()));
            return Optional.empty();
        }
        YamlNode.Mapping arguments;
        if (entry.value() instanceof YamlNode.Mapping m) {
            arguments = m;
        } else if (entry.value() instanceof YamlNode.Scalar s && s.isNull()) {
            arguments = new YamlNode.Mapping(Map.of(), entry.keyLocation());
        } else {
            problems.add(entry.value().location(), "check '" + entry.key() + "' expects its settings as a mapping, e.g. '" + entry.key()
                    + ": {…}', but was " + entry.value().kind());
            return Optional.empty();
        }
        MappingReader reader = new MappingReader(arguments, "check '" + entry.key() + "' of dataset '" + context.datasetId() + "'",
                dataset.parameters(), problems);
        Optional<String> id = reader.string("id").flatMap(i -> id(i, reader.locationOf("id"), problems));
        Severity severity = reader.string("severity").flatMap(s -> severity(s, reader.locationOf("severity"), problems)).orElse(Severity.ERROR);
        List<String> tags = tags(reader);
        String description = reader.string("description").orElse("");
        reader.allow(CheckOptions.FALLBACK, CheckOptions.SAMPLES);
        int before = problems.size();
        Optional<CheckSpec> spec = type.get().parse(reader, context);
        reader.rejectUnknownKeys();
        if (spec.isEmpty()) {
            if (problems.size() <= before) {
                // A check type that refuses its settings without saying why must not make the check vanish:
                // a suite with a check nobody runs would open the gate.
                problems.add(entry.keyLocation(), "check '" + entry.key() + "' cannot be read as written; see docs/checks.md for its settings");
            }
            return Optional.empty();
        }
        if (spec.get().needsCalendar() && !context.hasCalendar()) {
            problems.add(entry.keyLocation(), "check '" + entry.key() + "' needs the expected calendar: add 'calendar:' to the suite");
            return Optional.empty();
        }
        if (spec.get().needsDateColumn() && !context.isDated()) {
            problems.add(entry.keyLocation(), "check '" + entry.key() + "' is about dates, and dataset '" + context.datasetId()
                    + "' has no 'date_column'");
            return Optional.empty();
        }
        // The fallback re-reads this check's own arguments, so it is read only when they hold no problem of their own.
        Fallback fallback = problems.size() == before ? CheckOptions.fallback(type.get(), arguments, reader, context) : null;
        SampleRequest samples = CheckOptions.samples(reader, spec.get());
        return Optional.of(new CheckDefinition(id.orElse(spec.get().defaultId()), entry.key(), spec.get(), severity, tags,
                description, entry.keyLocation(), fallback, samples));
    }

    private static Optional<Severity> severity(String text, SourceLocation at, Problems problems) {
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "error":
                return Optional.of(Severity.ERROR);
            case "warn":
            case "warning":
                return Optional.of(Severity.WARN);
            default:
                problems.add(at, "severity '" + text + "' is not one of error, warn" + Suggestions.hint(text, List.of("error", "warn")));
                return Optional.empty();
        }
    }

    private static Optional<String> id(String text, SourceLocation at, Problems problems) {
        if (!ID.matcher(text).matches()) {
            problems.add(at, "id '" + text + "' may use letters, digits and _ . : ( ) - only");
            return Optional.empty();
        }
        return Optional.of(text);
    }
}
