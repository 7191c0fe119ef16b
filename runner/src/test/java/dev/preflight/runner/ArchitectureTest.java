package dev.preflight.runner;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.apiguardian.api.API;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The house's package rules, checked on the compiled main classes of every module.
 *
 * <p>It lives in runner's tests because runner is the one module that depends on all the others (framework, checks,
 * reports, demo and both warehouses), so its test class path holds every module's classes and one import sees the
 * whole project; a test per module would see only that module and what it depends on, and could not catch, say, the
 * framework reaching into a warehouse implementation that the module graph happens not to forbid yet. Each rule is its
 * own {@code @ArchTest} so that a failure names the rule it breaks. Test classes (runner's own and the framework's,
 * DuckDB's and BigQuery's test jars) are left out: the rules are about what ships.
 */
@AnalyzeClasses(packages = "dev.preflight", importOptions = ArchitectureTest.MainClassesOnly.class)
class ArchitectureTest {

    /**
     * The framework's packages in layers, lowest first: a package may use those before it, never those after it.
     * {@code result} uses no other Preflight package; it sits above plan so that the check SPI (everything up to
     * {@code check}) stays what docs/architecture.md says it is.
     * The warehouse SPI sits below plan: a plan reads a warehouse's rows and throws WarehouseException when they are
     * not what it asked for (exit code 3), while the SPI needs no plan, so warehouse authors see only source, model,
     * metric, sql and warehouse.
     */
    static final List<String> FRAMEWORK_LAYERS = List.of(
            "source", "model", "calendar", "metric", "yaml", "check",
            "suite", "sql", "warehouse", "plan", "result", "execution", "engine");

    /** The check SPI: every layer up to and including {@code check}, which is all a check type may use. */
    static final List<String> CHECK_SPI = FRAMEWORK_LAYERS.subList(0, FRAMEWORK_LAYERS.indexOf("check") + 1);

    /** The framework packages whose public types say, with {@code @API}, how far others may rely on them. */
    static final List<String> API_PACKAGES = List.of(
            "source", "model", "calendar", "metric", "yaml", "check", "suite", "sql", "warehouse", "plan", "result");

    /** Warehouse implementations, ours and their drivers. */
    static final String[] WAREHOUSE_IMPLEMENTATIONS = {
            "dev.preflight.duckdb..", "dev.preflight.bigquery..", "org.duckdb..", "com.google.cloud.."};

    @ArchTest
    static final ArchRule no_cycles_between_packages = slices().matching("dev.preflight.(**)")
            .should().beFreeOfCycles();

    // One rule per framework layer: a failure names the layer whose class reached up.
    @ArchTest
    static final ArchRule source_layer_uses_no_higher_layer = layerUsesNoHigherLayer("source");
    @ArchTest
    static final ArchRule model_layer_uses_no_higher_layer = layerUsesNoHigherLayer("model");
    @ArchTest
    static final ArchRule result_layer_uses_no_higher_layer = layerUsesNoHigherLayer("result");
    @ArchTest
    static final ArchRule calendar_layer_uses_no_higher_layer = layerUsesNoHigherLayer("calendar");
    @ArchTest
    static final ArchRule metric_layer_uses_no_higher_layer = layerUsesNoHigherLayer("metric");
    @ArchTest
    static final ArchRule yaml_layer_uses_no_higher_layer = layerUsesNoHigherLayer("yaml");
    @ArchTest
    static final ArchRule check_layer_uses_no_higher_layer = layerUsesNoHigherLayer("check");
    @ArchTest
    static final ArchRule suite_layer_uses_no_higher_layer = layerUsesNoHigherLayer("suite");
    @ArchTest
    static final ArchRule sql_layer_uses_no_higher_layer = layerUsesNoHigherLayer("sql");
    @ArchTest
    static final ArchRule warehouse_layer_uses_no_higher_layer = layerUsesNoHigherLayer("warehouse");
    @ArchTest
    static final ArchRule plan_layer_uses_no_higher_layer = layerUsesNoHigherLayer("plan");
    @ArchTest
    static final ArchRule execution_layer_uses_no_higher_layer = layerUsesNoHigherLayer("execution");

    /**
     * Check types see the SPI, the JDK and one another (rowsperdate builds on rowcount), nothing else: no engine, no
     * SQL dialect, no warehouse, no third-party library (they use none today; one that needs one is a decision).
     */
    @ArchTest
    static final ArchRule check_types_use_only_the_check_spi = classes()
            .that().resideInAPackage("dev.preflight.checks..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(Stream.concat(
                    Stream.of("dev.preflight.checks..", "java.."), packages(CHECK_SPI).stream()).toArray(String[]::new))
            .because("a check type is written against the check SPI alone, so it runs on any warehouse and engine");

    @ArchTest
    static final ArchRule framework_uses_no_runner_reports_demo_or_warehouse_implementation = noClasses()
            .that().resideInAnyPackage(packages(FRAMEWORK_LAYERS).toArray(String[]::new))
            .should().dependOnClassesThat().resideInAnyPackage(Stream.concat(
                    Stream.of("dev.preflight.runner..", "dev.preflight.reports..", "dev.preflight.demo..",
                            "dev.preflight.checks.."),
                    Stream.of(WAREHOUSE_IMPLEMENTATIONS)).toArray(String[]::new))
            .because("the framework is what those modules build on; warehouses plug in through WarehouseProvider");

    @ArchTest
    static final ArchRule engine_and_execution_name_no_warehouse_implementation = noClasses()
            .that().resideInAnyPackage("dev.preflight.engine..", "dev.preflight.execution..")
            .should().dependOnClassesThat().resideInAnyPackage(WAREHOUSE_IMPLEMENTATIONS)
            .because("the engine runs checks on whatever Warehouse the suite's provider opens");

    @ArchTest
    static final ArchRule reports_run_no_sql_and_open_no_warehouse = noClasses()
            .that().resideInAPackage("dev.preflight.reports..")
            .should().dependOnClassesThat().resideInAnyPackage(Stream.concat(
                    Stream.of("java.sql..", "javax.sql..", "dev.preflight.warehouse.."),
                    Stream.of(WAREHOUSE_IMPLEMENTATIONS)).toArray(String[]::new))
            .because("reports render results that a run already has; they never query a warehouse themselves");

    @ArchTest
    static final ArchRule public_framework_types_declare_their_api_status = classes()
            .that().resideInAnyPackage(packages(API_PACKAGES).toArray(String[]::new))
            .and().arePublic().and().areTopLevelClasses()
            .should().beAnnotatedWith(API.class)
            .because("check-type and warehouse authors read @API to know what they may build on, as JUnit's users do");

    /** Our own plug-ins are held to what an outside author could use: nothing marked INTERNAL. */
    @ArchTest
    static final ArchRule check_types_and_warehouses_use_no_internal_api = noClasses()
            .that().resideInAnyPackage("dev.preflight.checks..", "dev.preflight.duckdb..", "dev.preflight.bigquery..")
            .should().dependOnClassesThat(annotatedAs(API.Status.INTERNAL))
            .because("INTERNAL types may change in any release; a plug-in built on one breaks with it");

    /** The engine publishes JUnit events; Allure output is written by the reports module's listener. */
    @ArchTest
    static final ArchRule framework_uses_no_allure = noClasses()
            .that().resideInAnyPackage(packages(FRAMEWORK_LAYERS).toArray(String[]::new))
            .should().dependOnClassesThat().resideInAPackage("io.qameta.allure..")
            .as("no framework class should depend on Allure (io.qameta.allure..)")
            .because("Allure is one report format among others; the reports module owns it");

    /**
     * Guards the rules above against passing on an empty import: each module's main classes must be there, or a rule
     * about them would check nothing (a module left off runner's class path, a package renamed).
     */
    @ArchTest
    static void every_module_is_imported(JavaClasses imported) {
        List<String> packages = imported.stream().map(JavaClass::getPackageName).distinct().collect(Collectors.toList());

        assertThat(packages).contains(
                "dev.preflight.engine", "dev.preflight.check", "dev.preflight.duckdb", "dev.preflight.bigquery",
                "dev.preflight.checks.rowcount", "dev.preflight.reports", "dev.preflight.demo", "dev.preflight.runner");
        assertThat(imported.stream().map(JavaClass::getName))
                .as("test classes stay out of the import")
                .doesNotContain(ArchitectureTest.class.getName());
        assertThat(packages)
                .as("test fixtures stay out too: dev.preflight.testing lives only in the framework's and DuckDB's test jars")
                .doesNotContain("dev.preflight.testing");
    }

    /**
     * Every package of every module has a package-info.java that says what it is for and what it may use. Found from
     * the classes' own locations (a module's target/classes or its jar), so a new package anywhere is covered.
     */
    @ArchTest
    static void every_package_says_what_it_is_for(JavaClasses imported) {
        Set<Path> missing = imported.stream().map(ArchitectureTest::packageInfo).filter(path -> !Files.exists(path))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(missing).as("package-info.java files that packages lack").isEmpty();
    }

    /** The package-info.java beside a class's source: module/src/main/java/..., the module being what holds target/. */
    private static Path packageInfo(JavaClass type) {
        String location = type.getSource().orElseThrow().getUri().toString();
        String module = location.substring(location.indexOf("file:"), location.lastIndexOf("/target/"));
        return Path.of(URI.create(module)).resolve("src/main/java")
                .resolve(type.getPackageName().replace('.', '/')).resolve("package-info.java");
    }

    private static DescribedPredicate<JavaClass> annotatedAs(API.Status status) {
        return DescribedPredicate.describe("are annotated @API(status = " + status + ")",
                type -> type.tryGetAnnotationOfType(API.class).map(api -> api.status() == status).orElse(false));
    }

    private static ArchRule layerUsesNoHigherLayer(String layer) {
        List<String> higher = FRAMEWORK_LAYERS.subList(FRAMEWORK_LAYERS.indexOf(layer) + 1, FRAMEWORK_LAYERS.size());
        return noClasses().that().resideInAPackage("dev.preflight." + layer + "..")
                .should().dependOnClassesThat().resideInAnyPackage(packages(higher).toArray(String[]::new))
                .because("the framework's layers, lowest first, are " + String.join(" → ", FRAMEWORK_LAYERS));
    }

    private static List<String> packages(List<String> layers) {
        return layers.stream().map(layer -> "dev.preflight." + layer + "..").collect(Collectors.toList());
    }

    /**
     * Main classes only: leaves out test-classes folders and -tests.jar files. ArchUnit's own DoNotIncludeTests
     * knows the folders but not Maven's test jars, which runner's test class path holds in a full build.
     */
    static final class MainClassesOnly implements ImportOption {
        private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar!/.*");

        @Override
        public boolean includes(Location location) {
            return !location.contains("/test-classes/") && !location.matches(TEST_JAR);
        }
    }
}
