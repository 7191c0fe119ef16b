package dev.preflight.checks.bigquery;

import com.google.zetasql.Analyzer;
import com.google.zetasql.AnalyzerOptions;
import com.google.zetasql.LanguageOptions;
import com.google.zetasql.SimpleCatalog;
import com.google.zetasql.SimpleColumn;
import com.google.zetasql.SimpleTable;
import com.google.zetasql.SqlException;
import com.google.zetasql.Type;
import com.google.zetasql.TypeFactory;
import com.google.zetasql.ZetaSQLBuiltinFunctionOptions;
import com.google.zetasql.ZetaSQLOptions;
import com.google.zetasql.ZetaSQLType.TypeKind;
import com.google.zetasql.resolvedast.ResolvedNodes;
import dev.preflight.check.CheckTypes;
import dev.preflight.checks.coverage.CoverageCheckType;
import dev.preflight.metric.Metric;
import dev.preflight.suite.Dataset;
import dev.preflight.suite.Suite;
import dev.preflight.plan.ScanPlanner;
import dev.preflight.plan.SuitePlan;
import dev.preflight.bigquery.BigQueryDialect;
import dev.preflight.duckdb.DuckDbDialect;
import dev.preflight.source.SourceLocation;
import dev.preflight.suite.SuiteParser;
import dev.preflight.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestReporter;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every statement the BigQuery dialect generates for the shipped suites passes ZetaSQL's analyzer (BigQuery's SQL
 * front end, run offline) against the production schemas: names resolve, types check, and the result columns are a
 * DATE then INT64 counts, as the scanner reads them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ZetaSqlAnalyzerTest {

    static final BigQueryDialect BIGQUERY = BigQueryDialect.of(NbaSchemas.PROJECT, null);

    AnalyzerOptions options;
    SimpleCatalog catalog;
    List<Suite> suites;

    @BeforeAll
    void catalog() throws IOException, URISyntaxException {
        LanguageOptions language = new LanguageOptions().enableMaximumLanguageFeatures();
        // External mode is BigQuery's: FLOAT64 not DOUBLE, no internal-only functions.
        language.setProductMode(ZetaSQLOptions.ProductMode.PRODUCT_EXTERNAL);
        language.setSupportsAllStatementKinds();
        options = new AnalyzerOptions();
        options.setLanguageOptions(language);

        catalog = new SimpleCatalog("bigquery");
        catalog.addZetaSQLFunctionsAndTypes(new ZetaSQLBuiltinFunctionOptions(language));
        SimpleCatalog project = catalog.addNewSimpleCatalog(NbaSchemas.PROJECT);
        for (NbaSchemas.Table table : NbaSchemas.TABLES) {
            List<SimpleColumn> columns = table.columns().stream()
                    .map(c -> new SimpleColumn(table.table(), c.name(), type(c.type()))).toList();
            SimpleTable simple = new SimpleTable(table.table(), columns);
            // `project.dataset.table` in one pair of backticks is one identifier to ZetaSQL: register the dotted
            // names as well as the nested catalogs that unquoted paths walk.
            catalog.addSimpleTable(NbaSchemas.PROJECT + "." + table.name(), simple);
            catalog.addSimpleTable(table.name(), simple);
            nested(project, table.dataset()).addSimpleTable(simple);
            nested(catalog, table.dataset()).addSimpleTable(table.table(), simple);
        }
        catalog.register();
        suites = shippedSuites();
    }

    @Test
    void theShippedSuitesAreFoundAndParsed() {
        assertThat(suites).extracting(Suite::name).contains("phase3_for_phase4", "phase4_postflight", "ml_training_readiness");
    }

    @Test
    void everyStatementOfEveryShippedSuiteIsValidBigQuery(TestReporter reporter) {
        List<Statement> statements = new ArrayList<>();
        for (Suite suite : suites) {
            statements.addAll(SuitePlan.of(suite, BIGQUERY).statements());
        }
        // Calendars, one scan per dataset, and the Phase 4 suite's dependency comparisons.
        assertThat(statements).hasSizeGreaterThanOrEqualTo(6);
        assertThat(statements).extracting(Statement::kind).contains(Statement.Kind.CALENDAR, Statement.Kind.SCAN, Statement.Kind.DEPENDENCY);
        assertAllAnalyze(statements);
        reporter.publishEntry("statements_analyzed", String.valueOf(statements.size()));
    }

    @Test
    void scansWithNullCountsOnEveryColumnAndDuplicatesOnTheKeysAreValidBigQuery(TestReporter reporter) {
        List<Statement> statements = new ArrayList<>();
        for (Suite suite : suites) {
            for (Dataset dataset : suite.datasets()) {
                Map<String, String> columns = NbaSchemas.columns(dataset.table().toString());
                List<Metric> metrics = new ArrayList<>();
                columns.keySet().forEach(c -> metrics.add(new Metric.NullCount(c)));
                if (!dataset.keys().isEmpty()) {
                    metrics.add(new Metric.DuplicateRows(dataset.keys()));
                }
                metrics.add(new Metric.DuplicateRows(List.of(dataset.dateColumn())));
                statements.add(ScanPlanner.plan(dataset, suite.window(), metrics, BIGQUERY).statement());
                // A suite's own row filter joins the window predicate.
                Dataset filtered = new Dataset(dataset.id(), dataset.table(), dataset.dateColumn(), dataset.keys(),
                        dev.preflight.model.SqlFragment.of(dataset.dateColumn() + " IS NOT NULL AND NOT STARTS_WITH(CAST(" + dataset.dateColumn() + " AS STRING), '19')"), dataset.requiredBy(), dataset.tags(), dataset.checks(),
                        dataset.location());
                statements.add(ScanPlanner.plan(filtered, suite.window(), metrics, BIGQUERY).statement());
            }
        }
        assertThat(statements).hasSizeGreaterThanOrEqualTo(10);
        assertAllAnalyze(statements);
        reporter.publishEntry("statements_analyzed", String.valueOf(statements.size()));
    }

    /** {@code preflight suggest}'s second statement: the values of a table's text columns, numbered, with their rows. */
    @Test
    void theValuesOfTextColumnsAreValidBigQuery(TestReporter reporter) throws SqlException {
        int analyzed = 0;
        for (Suite suite : suites) {
            for (Dataset dataset : suite.datasets()) {
                List<String> text = NbaSchemas.columns(dataset.table().toString()).entrySet().stream()
                        .filter(e -> e.getValue().equals("STRING")).map(Map.Entry::getKey).toList();
                if (text.isEmpty()) {
                    continue;
                }
                Statement values = dev.preflight.plan.ValuesPlanner.plan(dataset, suite.window(), text, 20, BIGQUERY);
                List<String> types = ((ResolvedNodes.ResolvedQueryStmt) analyze(values.sql())).getOutputColumnList().stream()
                        .map(c -> c.getColumn().getType().typeName(ZetaSQLOptions.ProductMode.PRODUCT_EXTERNAL)).toList();
                assertThat(types).as(values.sql()).containsExactly("INT64", "STRING", "INT64");
                analyzed++;
            }
        }
        assertThat(analyzed).isGreaterThanOrEqualTo(5);
        reporter.publishEntry("statements_analyzed", String.valueOf(analyzed));
    }

    /**
     * A parameter reaches BigQuery's SQL as one string literal whatever it holds: the analyzer resolves the filter to
     * exactly {@code player_lookup = <literal>} and the literal's value is the parameter, character for character.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"x' OR '1'='1", "x\\' OR 1=1 OR player_lookup = \\'", "LAL') OR (1=1",
            "trailing backslash \\", "'", "\\", "line\nbreak", "`backtick`", "\"double\""})
    void aParameterIsOneStringLiteralInBigQuery(String value) throws SqlException {
        Suite suite = suites.stream().filter(s -> s.name().equals("phase3_for_phase4")).findFirst().orElseThrow();
        Dataset dataset = suite.datasets().stream().filter(d -> d.id().equals("player_game_summary")).findFirst().orElseThrow();
        dev.preflight.model.SqlFragment where = new dev.preflight.model.SqlFragment("player_lookup = ${p}", Map.of("p", value), null);

        ResolvedNodes.ResolvedQueryStmt query = (ResolvedNodes.ResolvedQueryStmt) analyze("SELECT COUNT(*) AS n FROM "
                + BIGQUERY.table(dataset.table()) + " WHERE (" + where.render(BIGQUERY::value) + ")");

        ResolvedNodes.ResolvedScan scan = ((ResolvedNodes.ResolvedAggregateScan) ((ResolvedNodes.ResolvedProjectScan) query.getQuery())
                .getInputScan()).getInputScan();
        ResolvedNodes.ResolvedFunctionCall filter = (ResolvedNodes.ResolvedFunctionCall) ((ResolvedNodes.ResolvedFilterScan) scan).getFilterExpr();
        assertThat(filter.getFunction().getName()).isEqualTo("$equal");
        assertThat(((ResolvedNodes.ResolvedLiteral) filter.getArgumentList().get(1)).getValue().getStringValue()).isEqualTo(value);
    }

    @Test
    void theAnalyzerRejectsWhatBigQueryWouldRejectSoItsApprovalMeansSomething() {
        Suite suite = suites.stream().filter(s -> s.name().equals("phase3_for_phase4")).findFirst().orElseThrow();
        Dataset dataset = suite.datasets().get(0);
        // DuckDB's double quotes are string literals in BigQuery, and FILTER (WHERE …) is not BigQuery's.
        String duck = ScanPlanner.plan(dataset, suite.window(), List.of(new Metric.NullCount("usage_rate")), DuckDbDialect.INSTANCE)
                .statement().sql();
        assertThatThrownBy(() -> analyze(duck)).isInstanceOf(SqlException.class);
        String typo = ScanPlanner.plan(dataset, suite.window(), List.of(new Metric.NullCount("usage_rte")), BIGQUERY).statement().sql();
        assertThatThrownBy(() -> analyze(typo)).isInstanceOf(SqlException.class).hasMessageContaining("Unrecognized name: usage_rte");
    }

    void assertAllAnalyze(List<Statement> statements) {
        List<String> rejected = new ArrayList<>();
        for (Statement statement : statements) {
            try {
                ResolvedNodes.ResolvedStatement resolved = analyze(statement.sql());
                List<String> types = ((ResolvedNodes.ResolvedQueryStmt) resolved).getOutputColumnList().stream()
                        .map(c -> c.getColumn().getType().typeName(ZetaSQLOptions.ProductMode.PRODUCT_EXTERNAL)).toList();
                if (statement.kind() == Statement.Kind.SCAN) {
                    // The scanner reads a DATE and then one INT64 count per metric.
                    assertThat(types.get(0)).as("date column of " + statement.label()).isEqualTo("DATE");
                    assertThat(types.subList(1, types.size())).as("counts of " + statement.label()).containsOnly("INT64");
                } else {
                    assertThat(types.get(0)).as("first column of the calendar").isEqualTo("DATE");
                }
            } catch (SqlException e) {
                rejected.add(statement.kind() + " " + statement.label() + ": " + e.getMessage() + "\n    " + statement.sql());
            }
        }
        assertThat(rejected).as("statements the BigQuery analyzer rejects").isEmpty();
    }

    ResolvedNodes.ResolvedStatement analyze(String sql) throws SqlException {
        return Analyzer.analyzeStatement(sql, options, catalog);
    }

    static SimpleCatalog nested(SimpleCatalog parent, String name) {
        SimpleCatalog existing = parent.getCatalog(name, null);
        return existing != null ? existing : parent.addNewSimpleCatalog(name);
    }

    static Type type(String name) {
        if (name.startsWith("ARRAY<") && name.endsWith(">")) {
            return TypeFactory.createArrayType(type(name.substring("ARRAY<".length(), name.length() - 1)));
        }
        return TypeFactory.createSimpleType(switch (name) {
            case "STRING" -> TypeKind.TYPE_STRING;
            case "DATE" -> TypeKind.TYPE_DATE;
            case "INT64" -> TypeKind.TYPE_INT64;
            case "FLOAT64" -> TypeKind.TYPE_DOUBLE;
            case "BOOL" -> TypeKind.TYPE_BOOL;
            default -> throw new IllegalArgumentException(name);
        });
    }

    /** Every suite shipped in checks/src/main/resources (as built into the module's classes), parsed as the engine parses them. */
    static List<Suite> shippedSuites() throws IOException, URISyntaxException {
        // The main output folder, not the class path's first "preflight" folder: test resources have one too.
        Path root = Path.of(CoverageCheckType.class.getProtectionDomain().getCodeSource().getLocation().toURI()).resolve("preflight");
        SuiteParser parser = new SuiteParser(CheckTypes.load(ZetaSqlAnalyzerTest.class.getClassLoader()));
        List<Suite> suites = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList()) {
                SourceLocation at = new SourceLocation(file.toUri(), root.getParent().relativize(file).toString(), 1, 1);
                SuiteParser.Parsed parsed = parser.parse(Files.readString(file), at);
                assertThat(parsed).as(file.toString()).isInstanceOf(SuiteParser.Parsed.Valid.class);
                suites.add(((SuiteParser.Parsed.Valid) parsed).suite());
            }
        }
        return suites;
    }
}
