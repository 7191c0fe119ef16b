package dev.preflight.plan;

import dev.preflight.sql.SqlDialect;
import dev.preflight.sql.Statement;
import dev.preflight.suite.Dataset;
import dev.preflight.suite.Suite;

import org.apiguardian.api.API;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * Every statement a full run of a suite sends, in the order the engine sends them: the calendar (when a check needs
 * it and it lives in the warehouse), then each dataset's {@link DatasetPlan}. A dry run, a cost estimate or an
 * offline SQL check reads this, so it sees the exact text the engine sends.
 *
 * @param calendar the calendar's statement, or {@code null}
 * @param datasets the plan of each dataset that has checks, in file order
 */
@API(status = INTERNAL, since = "0.1")
public record SuitePlan(Statement calendar, List<DatasetPlan> datasets) {

    public SuitePlan {
        datasets = List.copyOf(datasets);
    }

    /** {@return the plan of a full run of the suite, never {@code null}} */
    public static SuitePlan of(Suite suite, SqlDialect dialect) {
        List<DatasetPlan> plans = new ArrayList<>();
        for (Dataset dataset : suite.datasets()) {
            if (!dataset.checks().isEmpty()) {
                plans.add(DatasetPlan.of(suite, dataset, dataset.checks(), dialect));
            }
        }
        Statement calendar = plans.stream().anyMatch(DatasetPlan::needsCalendar)
                ? suite.calendarSpec().flatMap(spec -> CalendarPlanner.statement(spec, suite.window(), dialect)).orElse(null)
                : null;
        return new SuitePlan(calendar, plans);
    }

    public Optional<Statement> calendarStatement() {
        return Optional.ofNullable(calendar);
    }

    /** {@return every statement, in the order the engine sends them} */
    public List<Statement> statements() {
        List<Statement> statements = new ArrayList<>();
        calendarStatement().ifPresent(statements::add);
        datasets.forEach(d -> statements.addAll(d.statements()));
        return List.copyOf(statements);
    }
}
