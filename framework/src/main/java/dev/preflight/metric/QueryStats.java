package dev.preflight.metric;


import org.apiguardian.api.API;

import java.util.OptionalLong;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * What a statement cost the warehouse, when the warehouse says: bytes read and bytes billed. Warehouses that bill by
 * bytes (BigQuery) fill these in; DuckDB reports none.
 *
 * @param bytesProcessed bytes the statement read, never {@code null}
 * @param bytesBilled bytes it was billed for (on-demand pricing rounds up and has a per-table minimum), never {@code null}
 */
@API(status = STABLE, since = "0.1")
public record QueryStats(OptionalLong bytesProcessed, OptionalLong bytesBilled) {

    /** Nothing reported. */
    public static final QueryStats NONE = new QueryStats(OptionalLong.empty(), OptionalLong.empty());

    public QueryStats {
        bytesProcessed = bytesProcessed == null ? OptionalLong.empty() : bytesProcessed;
        bytesBilled = bytesBilled == null ? OptionalLong.empty() : bytesBilled;
    }

    public static QueryStats of(Long bytesProcessed, Long bytesBilled) {
        return new QueryStats(bytesProcessed == null ? OptionalLong.empty() : OptionalLong.of(bytesProcessed),
                bytesBilled == null ? OptionalLong.empty() : OptionalLong.of(bytesBilled));
    }
}
