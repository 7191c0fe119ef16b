package dev.preflight.source;

import org.apiguardian.api.API;

import java.util.List;
import java.util.stream.Collectors;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * A suite that cannot run as written: a user's mistake, reported with its locations, never a crash.
 * Gates map it to exit code 2.
 */
@API(status = STABLE, since = "0.1")
public final class SuiteDefinitionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<Problem> problems;

    public SuiteDefinitionException(List<Problem> problems) {
        super(render(problems), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public SuiteDefinitionException(Problem problem) {
        this(List.of(problem));
    }

    /** {@return every problem, in file order, never empty} */
    public List<Problem> problems() {
        return problems;
    }

    private static String render(List<Problem> problems) {
        if (problems.size() == 1) {
            return problems.get(0).toString();
        }
        return problems.size() + " problems:" + System.lineSeparator()
                + problems.stream().map(p -> "  " + p).collect(Collectors.joining(System.lineSeparator()));
    }
}
