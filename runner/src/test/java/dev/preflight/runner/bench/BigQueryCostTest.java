package dev.preflight.runner.bench;

import com.google.zetasql.Analyzer;
import com.google.zetasql.AnalyzerOptions;
import com.google.zetasql.LanguageOptions;
import com.google.zetasql.SimpleCatalog;
import com.google.zetasql.SimpleColumn;
import com.google.zetasql.SimpleTable;
import com.google.zetasql.TypeFactory;
import com.google.zetasql.ZetaSQLBuiltinFunctionOptions;
import com.google.zetasql.ZetaSQLOptions;
import com.google.zetasql.ZetaSQLType.TypeKind;
import com.google.zetasql.resolvedast.ResolvedColumn;
import com.google.zetasql.resolvedast.ResolvedNodes;
import dev.preflight.bigquery.BigQueryDialect;
import dev.preflight.sql.Statement;
import dev.preflight.suite.Suite;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Target 5 on BigQuery, modelled: the figures come from the statements the BigQuery dialect writes for the standard
 * suite, the columns each names, and the generated table's column sizes. Structure only: no time is asserted.
 */
class BigQueryCostTest {

    private static final long MIB = 1L << 20;
    private static final long ROWS = 2_000;

    @TempDir
    static Path dir;
    private static Suite suite;
    private static Path parquet;
    private static BigQueryCost.Figures figures;

    @BeforeAll
    static void priceTheStandardSuite() throws Exception {
        parquet = BenchData.parquet(dir, ROWS);
        suite = Benchmark.parse(BenchSuites.standard(dir.resolve("suites"), BenchData.warehouse(dir, parquet)));
        figures = BigQueryCost.measure(suite, parquet, ROWS);
    }

    @Test
    void the_fused_plan_is_one_statement_and_the_other_one_statement_per_check() {
        assertThat(figures.fused()).hasSize(1);
        assertThat(figures.perCheck()).hasSize(BenchSuites.standardChecks());
        assertThat(figures.fused().get(0).statement().kind()).isEqualTo(Statement.Kind.SCAN);
    }

    @Test
    void every_statement_is_the_bigquery_dialects_text_of_the_bench_table() {
        String table = BigQueryDialect.of(BigQueryCost.PROJECT, null).table(dev.preflight.model.TableName.parse(BenchData.TABLE).orElseThrow());
        assertThat(table).isEqualTo("`preflight-bench.bench.player_game_summary`");
        assertThat(statements()).allSatisfy(s -> assertThat(s.sql()).contains("FROM " + table).doesNotContain("\"").startsWith("SELECT"));
        // row_count and row_count_per_date ask for the same count, so one statement per check repeats one text.
        assertThat(figures.perCheck().stream().map(p -> p.statement().sql()).distinct()).hasSize(BenchSuites.standardChecks() - 1);
    }

    @Test
    void the_per_check_statements_read_at_least_the_fused_statements_columns() {
        Set<String> fused = figures.fused().get(0).columns();
        Set<String> union = new LinkedHashSet<>();
        figures.perCheck().forEach(p -> union.addAll(p.columns()));
        assertThat(union).containsExactlyInAnyOrderElementsOf(fused);
        assertThat(fused).containsExactlyInAnyOrderElementsOf(figures.columnBytes().keySet());
        // Every check's statement reads the date column again, and the NULL-rate checks their own column besides.
        assertThat(figures.perCheck()).allSatisfy(p -> assertThat(p.columns()).contains("game_date"));
        assertThat(figures.perCheck().stream().mapToInt(p -> p.columns().size()).sum()).isGreaterThan(fused.size());
        assertThat(figures.perCheckProcessed()).isGreaterThan(figures.fusedProcessed());
    }

    @Test
    void the_bytes_are_the_named_columns_sizes_and_billing_rounds_up_to_at_least_10_mib() {
        for (BigQueryCost.Priced priced : figures.perCheck()) {
            long sum = priced.columns().stream().mapToLong(figures.columnBytes()::get).sum();
            assertThat(priced.bytesProcessed()).isEqualTo(sum);
            assertThat(priced.bytesBilled()).isEqualTo(Math.max(10 * MIB, (sum + MIB - 1) / MIB * MIB));
        }
        // 2,000 rows are kilobytes: every statement bills the minimum, so billed bytes are 1 ÷ 20 of one per check.
        assertThat(figures.fusedBilled()).isEqualTo(10 * MIB);
        assertThat(figures.perCheckBilled()).isEqualTo(20 * 10 * MIB);
        assertThat(figures.billedRatio()).isEqualTo(1.0 / 20);
        assertThat(figures.processedRatio()).isEqualTo((double) figures.fusedProcessed() / figures.perCheckProcessed()).isLessThan(1);
    }

    @Test
    void a_column_is_sized_by_bigquerys_rules() throws Exception {
        Map<String, Long> bytes = figures.columnBytes();
        // DATE 8 bytes, never NULL in the file; the 12 duplicated keys are rows too.
        long rows = ROWS + BenchData.DUPLICATE_KEYS;
        assertThat(bytes.get("game_date")).isEqualTo(8 * rows);
        // An INT64 with NULLs: 8 bytes per non-NULL value.
        assertThat(bytes.get("points") % 8).isZero();
        assertThat(bytes.get("points")).isLessThan(8 * rows).isGreaterThan(8 * rows * 9 / 10);
        // STRING: 2 + its UTF-8 length, 'g' || (i // 26) being 2 to 4 characters here.
        assertThat(bytes.get("game_id")).isBetween(4 * rows, 6 * rows);
        assertThat(BigQueryCost.schema(parquet)).containsEntry("game_id", "STRING").containsEntry("points", "INT64")
                .containsEntry("usage_rate", "FLOAT64").containsEntry("game_date", "DATE");
    }

    /** The columns the model counts are the columns BigQuery's analyzer keeps in the table scan once unused ones are pruned. */
    @Test
    void the_named_columns_are_the_columns_the_bigquery_analyzer_reads() throws Exception {
        LanguageOptions language = new LanguageOptions().enableMaximumLanguageFeatures();
        language.setProductMode(ZetaSQLOptions.ProductMode.PRODUCT_EXTERNAL);
        language.setSupportsAllStatementKinds();
        AnalyzerOptions options = new AnalyzerOptions();
        options.setLanguageOptions(language);
        options.setPruneUnusedColumns(true);
        SimpleCatalog catalog = new SimpleCatalog("bigquery");
        catalog.addZetaSQLFunctionsAndTypes(new ZetaSQLBuiltinFunctionOptions(language));
        List<SimpleColumn> columns = BigQueryCost.schema(parquet).entrySet().stream().map(c -> new SimpleColumn("player_game_summary", c.getKey(),
                TypeFactory.createSimpleType(switch (c.getValue()) {
                    case "STRING" -> TypeKind.TYPE_STRING;
                    case "DATE" -> TypeKind.TYPE_DATE;
                    case "INT64" -> TypeKind.TYPE_INT64;
                    case "FLOAT64" -> TypeKind.TYPE_DOUBLE;
                    default -> throw new IllegalArgumentException(c.getValue());
                }))).toList();
        catalog.addSimpleTable(BigQueryCost.PROJECT + "." + BenchData.TABLE, new SimpleTable("player_game_summary", columns));
        catalog.register();
        List<BigQueryCost.Priced> all = new java.util.ArrayList<>(figures.fused());
        all.addAll(figures.perCheck());
        for (BigQueryCost.Priced priced : all) {
            ResolvedNodes.ResolvedStatement resolved = Analyzer.analyzeStatement(priced.statement().sql(), options, catalog);
            Set<String> scanned = new TreeSet<>();
            resolved.accept(new ResolvedNodes.Visitor() {
                @Override
                public void visit(ResolvedNodes.ResolvedTableScan scan) {
                    scan.getColumnList().stream().map(ResolvedColumn::getName).forEach(scanned::add);
                    super.visit(scan);
                }
            });
            assertThat(new TreeSet<>(priced.columns())).as(priced.statement().sql()).isEqualTo(scanned);
        }
    }

    private static List<Statement> statements() {
        List<Statement> statements = new java.util.ArrayList<>(figures.fused().stream().map(BigQueryCost.Priced::statement).toList());
        figures.perCheck().forEach(p -> statements.add(p.statement()));
        return statements;
    }
}
