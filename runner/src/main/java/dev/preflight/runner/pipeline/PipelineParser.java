package dev.preflight.runner.pipeline;

import dev.preflight.model.Parameters;
import dev.preflight.runner.gate.UsageException;
import dev.preflight.source.Problems;
import dev.preflight.source.SourceLocation;
import dev.preflight.source.SourceText;
import dev.preflight.source.Suggestions;
import dev.preflight.source.SuiteDefinitionException;
import dev.preflight.yaml.MappingReader;
import dev.preflight.yaml.YamlNode;
import dev.preflight.yaml.YamlReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a pipeline file (docs/pipelines.md, docs/pipeline.schema.json) the way suites are read: within
 * {@link SourceText}'s bounds, with {@link YamlReader}'s locations, every mistake collected and reported at
 * file:line:column, then thrown at once as a {@link SuiteDefinitionException} (exit 2).
 */
public final class PipelineParser {

    /** The format version a pipeline file declares with {@code preflight_pipeline: 1}. */
    static final String FORMAT_VERSION = "1";

    private static final Pattern JOB_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
    private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern DURATION_PART = Pattern.compile("(\\d+)(ms|s|m|h)");

    private final Map<String, String> overrides;

    /** @param overrides parameter values from the command line ({@code --param}, {@code --start-date}, {@code --end-date}) */
    public PipelineParser(Map<String, String> overrides) {
        this.overrides = Map.copyOf(overrides);
    }

    /**
     * @throws UsageException when the file does not exist or cannot be read, or an override does not fit its parameter
     * @throws SuiteDefinitionException with every located mistake in the file
     */
    public Pipeline parse(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UsageException("pipeline file " + file + " does not exist" + (Files.isDirectory(file) ? " (it is a directory)" : ""));
        }
        SourceLocation at = new SourceLocation(file.toAbsolutePath().normalize().toUri(), file.toString(), 1, 1);
        String text;
        try {
            text = SourceText.read(file, at);
        } catch (IOException e) {
            throw new UsageException("cannot read pipeline file " + file + ": " + e.getMessage());
        }
        return parse(text, file, at);
    }

    Pipeline parse(String text, Path file, SourceLocation at) {
        Problems problems = new Problems();
        YamlNode root = YamlReader.read(text, at, problems).orElseThrow(() -> new SuiteDefinitionException(problems.asList()));
        if (!(root instanceof YamlNode.Mapping mapping)) {
            throw new SuiteDefinitionException(new dev.preflight.source.Problem(root.location(),
                    "a pipeline file is a mapping of keys (preflight_pipeline, name, parameters, preflight, jobs), not " + root.kind()));
        }
        MappingReader top = new MappingReader(mapping, "the pipeline", new Parameters(Map.of()), problems);
        top.string("preflight_pipeline").ifPresentOrElse(version -> {
            if (!FORMAT_VERSION.equals(version.trim())) {
                problems.add(top.locationOf("preflight_pipeline"), "pipeline format version '" + version + "' is not supported; write 'preflight_pipeline: 1'");
            }
        }, () -> problems.add(at, "add 'preflight_pipeline: 1' as the first line, so tools know this file is a Preflight pipeline"));
        String name = top.rawString("name").orElse(file.getFileName().toString().replaceFirst("\\.ya?ml$", ""));
        String description = top.rawString("description").orElse("");
        Map<String, String> parameters = parameters(top, at, problems);
        Set<String> declared = parameters.keySet();
        List<GateSpec> gates = gates(top, "preflight", declared);
        List<JobSpec> jobs = new ArrayList<>();
        Map<String, SourceLocation> needsAt = new LinkedHashMap<>();
        if (!top.has("jobs")) {
            problems.add(top.location(), "the pipeline needs 'jobs': a list of jobs, each with an 'id' and a 'run' command");
        }
        top.list("jobs").ifPresent(items -> {
            if (items.isEmpty()) {
                problems.add(top.locationOf("jobs"), "'jobs' is empty; list at least one job with an 'id' and a 'run' command");
            }
            for (YamlNode item : items) {
                job(item, declared, problems).ifPresent(job -> {
                    JobSpec first = jobs.stream().filter(j -> j.id().equals(job.id())).findFirst().orElse(null);
                    if (first != null) {
                        problems.add(job.location(), "duplicate job id '" + job.id() + "' (first at line " + first.location().line()
                                + "); give each job an id of its own");
                    } else {
                        jobs.add(job);
                        needsAt.put(job.id(), item instanceof YamlNode.Mapping m && m.entries().containsKey("needs")
                                ? m.entries().get("needs").value().location() : job.location());
                    }
                });
            }
        });
        top.rejectUnknownKeys();
        Dag dag = dag(jobs, needsAt, problems);
        if (!problems.isEmpty() || dag == null) {
            throw new SuiteDefinitionException(problems.asList());
        }
        return new Pipeline(name, description, file, parameters, gates, jobs, dag);
    }

    /** Declared defaults, then the command line's overrides; a typed default (a date, a number) types its overrides. */
    private Map<String, String> parameters(MappingReader top, SourceLocation file, Problems problems) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Parameters.Type> types = new LinkedHashMap<>();
        top.node("parameters").ifPresent(node -> {
            if (!(node instanceof YamlNode.Mapping declared)) {
                problems.add(node.location(), "'parameters' expects a mapping of names to default values, not " + node.kind());
                return;
            }
            for (YamlNode.Entry entry : declared.entries().values()) {
                if (entry.value() instanceof YamlNode.Scalar scalar) {
                    values.put(entry.key(), scalar.isNull() ? "" : scalar.text());
                    types.put(entry.key(), Parameters.typeOf(scalar.text(), scalar.number()));
                } else {
                    problems.add(entry.value().location(), "parameter '" + entry.key() + "' expects a value but was " + entry.value().kind());
                }
            }
        });
        types.putIfAbsent("start_date", Parameters.Type.DATE);
        types.putIfAbsent("end_date", Parameters.Type.DATE);
        overrides.forEach((key, value) -> {
            if (!values.containsKey(key) && !key.equals("start_date") && !key.equals("end_date")) {
                throw new UsageException("--param " + key + ": the pipeline declares no parameter '" + key + "'"
                        + Suggestions.hint(key, values.keySet()) + " (declared: " + String.join(", ", values.keySet()) + ")");
            }
            values.put(key, value);
        });
        Parameters typed = new Parameters(values, types);
        for (String key : values.keySet()) {
            try {
                typed.sqlValue(key);
            } catch (IllegalArgumentException e) {
                if (overrides.containsKey(key)) {
                    throw new UsageException("--param " + key + "=" + values.get(key) + ": " + e.getMessage());
                }
                problems.add(top.locationOf("parameters"), e.getMessage());
            }
        }
        if (!values.containsKey("start_date") || !values.containsKey("end_date")) {
            problems.add(top.has("parameters") ? top.locationOf("parameters") : file,
                    "the pipeline has no window: declare parameters start_date and end_date (YYYY-MM-DD), or pass --start-date and --end-date");
        } else if (problems.isEmpty() && values.get("start_date").compareTo(values.get("end_date")) > 0) {
            throw new UsageException("start_date " + values.get("start_date") + " is after end_date " + values.get("end_date") + "; swap them");
        }
        return values;
    }

    private List<GateSpec> gates(MappingReader owner, String key, Set<String> declared) {
        List<GateSpec> gates = new ArrayList<>();
        owner.list(key).ifPresent(items -> {
            for (YamlNode item : items) {
                if (!(item instanceof YamlNode.Mapping mapping)) {
                    owner.problems().add(item.location(), "each gate in '" + key + "' of " + owner.what()
                            + " is a mapping with 'suite' (and optional 'tags', 'params'), not " + item.kind());
                    continue;
                }
                MappingReader gate = new MappingReader(mapping, "a gate in '" + key + "' of " + owner.what(), owner.parameters(), owner.problems());
                Optional<String> suite = required(gate, "suite");
                suite.ifPresent(s -> Placeholders.check(s, gate.locationOf("suite"), declared, gate.problems(), false));
                List<String> tags = scalars(gate, "tags", declared);
                Map<String, String> params = new LinkedHashMap<>();
                gate.mapping("params").ifPresent(p -> {
                    for (YamlNode.Entry entry : ((YamlNode.Mapping) gate.node("params").orElseThrow()).entries().values()) {
                        p.allow(entry.key());
                        text(p, entry.key(), entry.value()).ifPresent(v -> {
                            Placeholders.check(v, entry.value().location(), declared, gate.problems(), false);
                            params.put(entry.key(), v);
                        });
                    }
                });
                gate.rejectUnknownKeys();
                suite.ifPresent(s -> gates.add(new GateSpec(s, tags, params, mapping.location())));
            }
        });
        return gates;
    }

    private Optional<JobSpec> job(YamlNode item, Set<String> declared, Problems problems) {
        if (!(item instanceof YamlNode.Mapping mapping)) {
            problems.add(item.location(), "each job is a mapping with 'id' and 'run' (and optional needs, preflight, postflight,"
                    + " timeout, retries, env, workdir), not " + item.kind());
            return Optional.empty();
        }
        MappingReader probe = new MappingReader(mapping, "a job", new Parameters(Map.of()), problems);
        Optional<String> id = required(probe, "id");
        id.filter(i -> !JOB_ID.matcher(i).matches()).ifPresent(i -> problems.add(probe.locationOf("id"),
                "job id '" + i + "' may hold letters, digits, '_', '.' and '-' only (it names the job's log file)"));
        MappingReader job = new MappingReader(mapping, id.map(i -> "job '" + i + "'").orElse("a job"), probe.parameters(), problems);
        job.allow("id");
        List<String> run = new ArrayList<>();
        if (!job.has("run")) {
            job.missing("run");
        }
        job.node("run").ifPresent(node -> {
            if (node instanceof YamlNode.Sequence sequence && !sequence.items().isEmpty()) {
                for (YamlNode element : sequence.items()) {
                    text(job, "run", element).ifPresent(v -> {
                        Placeholders.check(v, element.location(), declared, problems, true);
                        run.add(v);
                    });
                }
            } else {
                problems.add(node.location(), "'run' of " + job.what() + " expects the program and its arguments as a list"
                        + " (no shell), e.g. run: [python3, backfill.py, --start-date, \"${start_date}\"], not " + node.kind());
            }
        });
        List<String> needs = scalars(job, "needs", Set.of());
        List<GateSpec> preflight = gates(job, "preflight", declared);
        List<GateSpec> postflight = gates(job, "postflight", declared);
        Optional<Duration> timeout = job.rawString("timeout").flatMap(t -> duration(t, job.locationOf("timeout"), job.what(), problems));
        int retries = job.integer("retries", 0).orElse(0L).intValue();
        Map<String, String> env = new LinkedHashMap<>();
        job.mapping("env").ifPresent(e -> {
            for (YamlNode.Entry entry : ((YamlNode.Mapping) job.node("env").orElseThrow()).entries().values()) {
                e.allow(entry.key());
                if (!ENV_NAME.matcher(entry.key()).matches()) {
                    problems.add(entry.keyLocation(), "'" + entry.key() + "' is not an environment variable name: letters, digits and '_', not starting with a digit");
                }
                text(e, entry.key(), entry.value()).ifPresent(v -> {
                    Placeholders.check(v, entry.value().location(), declared, problems, false);
                    env.put(entry.key(), v);
                });
            }
        });
        String workdir = job.rawString("workdir").orElse(null);
        job.rejectUnknownKeys();
        if (id.isEmpty() || run.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new JobSpec(id.get(), run, needs, preflight, postflight, timeout, retries, env, workdir, mapping.location()));
    }

    /** Unknown needs and cycles, each at the job's {@code needs:}; {@code null} when the jobs form no DAG. */
    private static Dag dag(List<JobSpec> jobs, Map<String, SourceLocation> needsAt, Problems problems) {
        Map<String, List<String>> needs = new LinkedHashMap<>();
        Set<String> ids = new TreeSet<>(needsAt.keySet());
        for (JobSpec job : jobs) {
            List<String> known = new ArrayList<>();
            for (String need : job.needs()) {
                if (ids.contains(need)) {
                    known.add(need);
                } else {
                    problems.add(needsAt.get(job.id()), "job '" + job.id() + "' needs '" + need + "', which is not a job of this pipeline"
                            + Suggestions.hint(need, ids) + " (jobs: " + String.join(", ", ids) + ")");
                }
            }
            needs.put(job.id(), known);
        }
        Dag.Result result = Dag.of(needs);
        if (result instanceof Dag.Result.Cycle cycle) {
            List<String> path = cycle.path();
            StringBuilder chain = new StringBuilder("'" + path.get(0) + "' needs '" + path.get(1) + "'");
            for (int i = 2; i < path.size(); i++) {
                chain.append(", which needs '").append(path.get(i)).append("'");
            }
            problems.add(needsAt.get(path.get(0)), "the jobs' 'needs' form a cycle " + String.join(" → ", path) + ": " + chain
                    + "; a job cannot wait for itself, so remove one of these needs");
            return null;
        }
        return ((Dag.Result.Acyclic) result).dag();
    }

    /** {@code 90s}, {@code 10m}, {@code 1h30m}, {@code 500ms}: more than zero. */
    static Optional<Duration> duration(String text, SourceLocation at, String what, Problems problems) {
        String trimmed = text.trim();
        Matcher part = DURATION_PART.matcher(trimmed);
        Duration total = Duration.ZERO;
        int end = 0;
        while (part.find() && part.start() == end) {
            long amount = Long.parseLong(part.group(1));
            total = total.plus(switch (part.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofHours(amount);
            });
            end = part.end();
        }
        if (trimmed.isEmpty() || end != trimmed.length()) {
            problems.add(at, "'timeout' of " + what + " expects a duration such as 90s, 10m, 1h or 1h30m, not '" + text + "'");
            return Optional.empty();
        }
        if (total.isZero()) {
            problems.add(at, "'timeout' of " + what + " is zero; give a duration above 0 such as 10m, or leave the key out for no limit");
            return Optional.empty();
        }
        return Optional.of(total);
    }

    private static Optional<String> required(MappingReader reader, String key) {
        if (!reader.has(key)) {
            reader.missing(key);
            return Optional.empty();
        }
        return reader.node(key).flatMap(n -> text(reader, key, n));
    }

    /** A list of values (a single value is a list of one), placeholders checked. */
    private static List<String> scalars(MappingReader reader, String key, Set<String> declared) {
        List<String> values = new ArrayList<>();
        reader.node(key).ifPresent(node -> {
            List<YamlNode> items = node instanceof YamlNode.Sequence sequence ? sequence.items() : List.of(node);
            for (YamlNode item : items) {
                text(reader, key, item).ifPresent(v -> {
                    Placeholders.check(v, item.location(), declared, reader.problems(), false);
                    values.add(v);
                });
            }
        });
        return values;
    }

    /** A scalar's text as written, placeholders kept: they are expanded when the run knows its window. */
    private static Optional<String> text(MappingReader reader, String key, YamlNode node) {
        if (node instanceof YamlNode.Scalar scalar && !scalar.isNull()) {
            return Optional.of(scalar.text());
        }
        reader.problems().add(node.location(), "'" + key + "' of " + reader.what() + " expects a value but was " + node.kind());
        return Optional.empty();
    }
}
