package dev.preflight.execution;

import dev.preflight.plan.SuitePlan;

import dev.preflight.suite.Suite;
import dev.preflight.sql.Statement;
import dev.preflight.warehouse.Warehouse;
import dev.preflight.warehouse.WarehouseException;
import dev.preflight.warehouse.Warehouses;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * The cost of a run before it runs: every statement a run of the suites would send ({@link SuitePlan}), each
 * dry-run by its warehouse. Nothing is read or billed. A warehouse that cannot dry-run (DuckDB) leaves its statements
 * without an estimate, and {@link #complete()} says so.
 *
 * <p>Billing follows BigQuery on-demand pricing: each statement's bytes are rounded up to a whole MiB with a minimum
 * of 10 MiB (every statement here reads one table), priced per TiB. Cached results bill nothing, so the figure is an
 * upper bound for a real run.
 *
 * @param items one per statement, in run order
 * @param usdPerTiB the on-demand price used for {@link #estimatedUsd()}
 */
public record CostEstimate(List<Item> items, BigDecimal usdPerTiB) {

    /** BigQuery's on-demand list price per TiB in US multi-region: {@value}. */
    public static final String DEFAULT_USD_PER_TIB = "6.25";

    static final long MIB = 1L << 20;
    static final long TIB = 1L << 40;
    static final long MINIMUM_BILLED = 10 * MIB;

    public CostEstimate {
        items = List.copyOf(items);
        Objects.requireNonNull(usdPerTiB, "usdPerTiB must not be null");
    }

    /**
     * One statement of the run and what the warehouse says it would read.
     *
     * @param suite the suite's name
     * @param warehouse the warehouse's description (never credentials)
     * @param statement the statement; its label is the dataset id, or {@code calendar}
     * @param bytesProcessed what the dry run reported, or empty when the warehouse cannot dry-run
     */
    public record Item(String suite, String warehouse, Statement statement, OptionalLong bytesProcessed) {

        /** {@return the bytes a real run would bill at most: rounded up to a MiB, at least 10 MiB} */
        public OptionalLong estimatedBytesBilled() {
            if (bytesProcessed.isEmpty()) {
                return OptionalLong.empty();
            }
            long rounded = (bytesProcessed.getAsLong() + MIB - 1) / MIB * MIB;
            return OptionalLong.of(Math.max(MINIMUM_BILLED, rounded));
        }
    }

    /** Dry-runs every statement at the default price of {@value #DEFAULT_USD_PER_TIB} USD per TiB. */
    public static CostEstimate of(List<Suite> suites, Warehouses warehouses) {
        return of(suites, warehouses, new BigDecimal(DEFAULT_USD_PER_TIB));
    }

    /**
     * Opens each suite's warehouse, dry-runs each statement the suite would send, and closes the warehouse.
     *
     * @throws WarehouseException when a warehouse cannot be opened or refuses a dry run (bad SQL, no permission):
     *         the real run would fail the same way
     * @throws dev.preflight.source.SuiteDefinitionException when a suite's warehouse settings are wrong
     */
    public static CostEstimate of(List<Suite> suites, Warehouses warehouses, BigDecimal usdPerTiB) {
        if (usdPerTiB.signum() < 0) {
            throw new IllegalArgumentException("the price per TiB must not be negative: " + usdPerTiB);
        }
        List<Item> items = new ArrayList<>();
        for (Suite suite : suites) {
            try (Warehouse warehouse = warehouses.open(suite.warehouse())) {
                for (Statement statement : SuitePlan.of(suite, warehouse.dialect()).statements()) {
                    OptionalLong bytes;
                    try {
                        bytes = warehouse.dryRunBytes(statement);
                    } catch (WarehouseException e) {
                        throw new WarehouseException("dry run of " + statement.label() + " in suite " + suite.name()
                                + " failed: " + e.getMessage(), e);
                    }
                    items.add(new Item(suite.name(), warehouse.describe(), statement, bytes));
                }
            }
        }
        return new CostEstimate(items, usdPerTiB);
    }

    /** {@return true when every statement has a byte figure} */
    public boolean complete() {
        return items.stream().allMatch(i -> i.bytesProcessed().isPresent());
    }

    /** {@return the bytes the run would process: the sum of the known figures} */
    public long totalBytesProcessed() {
        return items.stream().mapToLong(i -> i.bytesProcessed().orElse(0)).sum();
    }

    /** {@return the bytes the run would bill at most} */
    public long totalBytesBilled() {
        return items.stream().mapToLong(i -> i.estimatedBytesBilled().orElse(0)).sum();
    }

    /** {@return bytes processed per {@code suite/label} (a dataset id or {@code calendar}), in run order} */
    public Map<String, Long> bytesByStatement() {
        Map<String, Long> bytes = new LinkedHashMap<>();
        for (Item item : items) {
            item.bytesProcessed().ifPresent(b -> bytes.merge(item.suite() + "/" + item.statement().label(), b, Long::sum));
        }
        return bytes;
    }

    /** {@return the estimated on-demand cost in USD of the billed bytes, to the cent or finer} */
    public BigDecimal estimatedUsd() {
        return usdPerTiB.multiply(BigDecimal.valueOf(totalBytesBilled()))
                .divide(BigDecimal.valueOf(TIB), 6, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    /** {@return a table for people: one line per statement, then the totals} */
    public String render() {
        StringBuilder out = new StringBuilder();
        for (Item item : items) {
            out.append(String.format(Locale.ROOT, "%-28s %-32s %s%n", item.suite(), item.statement().label(),
                    item.bytesProcessed().isPresent() ? bytes(item.bytesProcessed().getAsLong()) + " processed"
                            : "not estimated (" + item.warehouse() + " has no dry run)"));
        }
        out.append(String.format(Locale.ROOT, "total: %s processed, at most %s billed, about $%s at $%s/TiB on demand%s%n",
                bytes(totalBytesProcessed()), bytes(totalBytesBilled()), estimatedUsd().setScale(Math.max(2, estimatedUsd().scale()), RoundingMode.UNNECESSARY).toPlainString(),
                usdPerTiB.toPlainString(), complete() ? "" : " (incomplete: some statements could not be estimated)"));
        return out.toString();
    }

    /** {@return bytes for people, e.g. {@code 1.5 GiB (1610612736 B)}} */
    static String bytes(long bytes) {
        String[] units = {"KiB", "MiB", "GiB", "TiB", "PiB"};
        if (bytes < 1024) {
            return bytes + " B";
        }
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s (%d B)", value, units[unit], bytes);
    }
}
