package dev.preflight.plan;

import dev.preflight.sql.Predicates;

import dev.preflight.metric.Predicate;
import dev.preflight.suite.Dataset;
import dev.preflight.model.DateWindow;
import dev.preflight.sql.SqlDialect;
import dev.preflight.sql.Statement;

import org.apiguardian.api.API;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * The one statement that fetches a check's failed rows: only the named columns, at most {@code limit} rows, in the
 * window and the dataset's row filter, earliest dates first.
 */
@API(status = INTERNAL, since = "0.1")
public final class SamplePlanner {

    private SamplePlanner() {
    }

    public static Statement plan(Dataset dataset, DateWindow window, Predicate failing, List<String> columns, int limit, SqlDialect dialect) {
        StringBuilder inner = new StringBuilder("SELECT *");
        Optional<Predicate.KeyRepeated> repeated = Predicates.repeatedKey(failing);
        repeated.ifPresent(r -> inner.append(", COUNT(*) OVER (PARTITION BY ")
                .append(r.keys().stream().map(dialect::quote).collect(Collectors.joining(", "))).append(") AS ").append(Predicates.KEY_ROWS));
        inner.append(" FROM ").append(dialect.table(dataset.table())).append(ScanPlanner.where(dataset, window, dialect));
        List<String> order = new ArrayList<>();
        if (dataset.isDated()) {
            order.add(dialect.quote(dataset.dateColumn()));
        }
        columns.stream().map(dialect::quote).filter(c -> !order.contains(c)).forEach(order::add);
        String select = "SELECT " + columns.stream().map(dialect::quote).collect(Collectors.joining(", "))
                + " FROM (" + inner + ") AS pf_rows WHERE " + Predicates.render(failing, dialect)
                + " ORDER BY " + String.join(", ", order);
        return new Statement(Statement.Kind.SAMPLE, dataset.id(), dialect.limit(select, limit));
    }
}
