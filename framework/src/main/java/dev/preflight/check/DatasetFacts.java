package dev.preflight.check;

import dev.preflight.metric.CustomQuery;
import dev.preflight.metric.Dependency;
import dev.preflight.metric.DependencyGaps;
import dev.preflight.metric.QueryResult;

import org.apiguardian.api.API;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * What a run learned about a dataset besides its scan, for the checks that declared a need for it: the table's
 * columns, dependency comparisons and the results of custom queries. Absent entries were not asked for.
 *
 * @param columns the table's columns and types in table order; empty when not fetched or the table does not exist
 * @param tableExists whether the metadata found the table (meaningful only when {@code schemaFetched})
 * @param schemaFetched whether the table's columns were fetched
 * @param dependencies each comparison's gaps
 * @param queries each custom query's result: for {@link CustomQuery.Mode#FAILING_ROWS}, one row holding the count
 */
@API(status = STABLE, since = "0.1")
public record DatasetFacts(Map<String, String> columns, boolean tableExists, boolean schemaFetched,
                           Map<Dependency, DependencyGaps> dependencies, Map<CustomQuery, QueryResult> queries) {

    public DatasetFacts {
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        dependencies = Map.copyOf(dependencies);
        queries = Map.copyOf(queries);
    }

    public static DatasetFacts none() {
        return new DatasetFacts(Map.of(), false, false, Map.of(), Map.of());
    }

    public Optional<DependencyGaps> gaps(Dependency dependency) {
        return Optional.ofNullable(dependencies.get(dependency));
    }

    public Optional<QueryResult> result(CustomQuery query) {
        return Optional.ofNullable(queries.get(query));
    }
}
