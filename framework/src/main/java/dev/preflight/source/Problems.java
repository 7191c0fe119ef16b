package dev.preflight.source;

import org.apiguardian.api.API;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * Collects every problem of one suite so that the author sees all of them at once, not one per run.
 * Confined to the thread that reads the suite.
 */
@API(status = STABLE, since = "0.1")
public final class Problems {

    private final List<Problem> problems = new ArrayList<>();

    public void add(SourceLocation location, String message) {
        problems.add(new Problem(location, message));
    }

    /** Drops the problems {@code superseded} matches: another problem says the same mistake better. */
    public void removeIf(Predicate<Problem> superseded) {
        problems.removeIf(superseded);
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /** {@return how many problems were found so far}: a parser asks before and after a part to see whether it added one */
    public int size() {
        return problems.size();
    }

    /** {@return the problems sorted by line and column} */
    public List<Problem> asList() {
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt((Problem p) -> p.location().line()).thenComparingInt(p -> p.location().column()));
        return List.copyOf(sorted);
    }

    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new SuiteDefinitionException(asList());
        }
    }
}
