package dev.preflight.runner.pipeline;

import dev.preflight.source.Problems;
import dev.preflight.source.SourceLocation;
import dev.preflight.source.Suggestions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The {@code ${name}} placeholders of a pipeline file: checked when the file is read, expanded when the run knows its
 * window. One argv element stays one element (no word splitting, no shell), except {@code ${preflight}}, which
 * stands for the argv prefix that runs this same command and so must be an element of its own.
 *
 * @param values every parameter's value, the window's dates included
 * @param self the argv prefix {@code ${preflight}} expands to
 */
public record Placeholders(Map<String, String> values, List<String> self) {

    /** The command itself, as an argv prefix. */
    public static final String PREFLIGHT = "preflight";

    /** Names every pipeline knows without declaring them. */
    static final Set<String> BUILT_INS = Set.of("start_date", "end_date", "dates", PREFLIGHT);

    /**
     * {@code ${name}}, or {@code $${name}}: a placeholder written with two dollars is left for the job itself, so
     * {@code ${preflight} backfill --command '… $${start_date}'} hands backfill its own placeholder.
     */
    static final Pattern REFERENCE = Pattern.compile("(\\$?)\\$\\{([^}]*)}");

    public Placeholders {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        self = List.copyOf(self);
    }

    /**
     * @param parameters the pipeline's parameters after overrides; {@code start_date} and {@code end_date} among them
     * @param self what {@code ${preflight}} expands to
     */
    static Placeholders of(Map<String, String> parameters, List<String> self) {
        Map<String, String> values = new LinkedHashMap<>(parameters);
        LocalDate start = LocalDate.parse(parameters.get("start_date"));
        LocalDate end = LocalDate.parse(parameters.get("end_date"));
        values.put("dates", start.datesUntil(end.plusDays(1)).map(LocalDate::toString).collect(Collectors.joining(",")));
        return new Placeholders(values, self);
    }

    /** Reports each placeholder in {@code text} that names nothing known, and a {@code ${preflight}} inside other text. */
    static void check(String text, SourceLocation at, Set<String> declared, Problems problems, boolean argvElement) {
        Set<String> known = new TreeSet<>(declared);
        known.addAll(BUILT_INS);
        Matcher matcher = REFERENCE.matcher(text);
        while (matcher.find()) {
            String name = matcher.group(2).trim();
            if (!matcher.group(1).isEmpty()) {
                continue;
            }
            if (!known.contains(name)) {
                problems.add(at, "unknown parameter '${" + name + "}'" + Suggestions.hint(name, known)
                        + "; declare it under 'parameters:' (known: " + String.join(", ", known) + ")");
            } else if (name.equals(PREFLIGHT) && !(argvElement && text.trim().equals("${preflight}"))) {
                problems.add(at, "'${preflight}' stands for a whole command (java and its class path): write it as the first"
                        + " element of 'run' on its own, e.g. run: [\"${preflight}\", backfill, …]");
            }
        }
    }

    /** {@return the argv with every placeholder expanded; {@code ${preflight}} becomes the command's own argv prefix} */
    public List<String> argv(List<String> raw) {
        List<String> argv = new ArrayList<>();
        for (String element : raw) {
            if (element.trim().equals("${" + PREFLIGHT + "}")) {
                argv.addAll(self);
            } else {
                argv.add(text(element));
            }
        }
        return argv;
    }

    /** {@return the text with every {@code ${name}} replaced by its value} */
    public String text(String raw) {
        Matcher matcher = REFERENCE.matcher(raw);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(2).trim();
            String value = !matcher.group(1).isEmpty() ? matcher.group().substring(1)
                    : name.equals(PREFLIGHT) ? String.join(" ", self) : values.getOrDefault(name, matcher.group());
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** {@return the values of every placeholder but {@code dates}, for the run record and the inputs hash} */
    public Map<String, String> parameters() {
        Map<String, String> shown = new LinkedHashMap<>(values);
        shown.remove("dates");
        return shown;
    }
}
