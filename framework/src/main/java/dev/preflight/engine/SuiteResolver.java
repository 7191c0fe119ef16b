package dev.preflight.engine;

import dev.preflight.suite.CheckDefinition;
import dev.preflight.suite.Dataset;
import dev.preflight.suite.Suite;
import dev.preflight.suite.SuiteParser;
import org.junit.platform.commons.PreconditionViolationException;
import org.junit.platform.commons.io.Resource;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.ClasspathResourceSelector;
import org.junit.platform.engine.discovery.DirectorySelector;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.discovery.FilePosition;
import org.junit.platform.engine.discovery.FileSelector;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.junit.platform.engine.discovery.UriSelector;
import org.junit.platform.engine.support.discovery.DiscoveryIssueReporter;
import org.junit.platform.engine.support.discovery.SelectorResolver;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Resolves every selector kind to suite, dataset and check descriptors. A selected dataset or check builds only its
 * own branch: its suite is resolved as a parent without expanding the suite's other children.
 */
final class SuiteResolver implements SelectorResolver {

    private final SuiteFiles files;
    private final DiscoveryIssueReporter issues;
    private final UniqueId engineId;
    /** Each dataset's checks by id: a suite of 10,000 checks resolves 10,000 selectors, so no linear search each. */
    private final Map<Dataset, Map<String, CheckDefinition>> checksById = new java.util.IdentityHashMap<>();

    SuiteResolver(SuiteFiles files, DiscoveryIssueReporter issues, UniqueId engineId) {
        this.files = files;
        this.issues = issues;
        this.engineId = engineId;
    }

    @Override
    public Resolution resolve(DirectorySelector selector, Context context) {
        Path directory = selector.getPath();
        try (Stream<Path> walk = Files.walk(directory)) {
            Set<DiscoverySelector> selectors = walk.filter(Files::isRegularFile)
                    .filter(p -> SuiteParser.isSuiteFileName(p.getFileName().toString()))
                    .sorted()
                    .map(p -> (DiscoverySelector) DiscoverySelectors.selectFile(p.toFile()))
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            return selectors.isEmpty() ? Resolution.unresolved() : Resolution.selectors(selectors);
        } catch (IOException e) {
            issues.reportIssue(DiscoveryIssue.builder(DiscoveryIssue.Severity.WARNING, "cannot list suites in " + directory + ": " + e.getMessage()));
            return Resolution.unresolved();
        }
    }

    @Override
    public Resolution resolve(FileSelector selector, Context context) {
        if (!SuiteParser.isSuiteFileName(selector.getRawPath())) {
            return Resolution.unresolved();
        }
        SuiteParser.Parsed parsed = files.file(selector.getPath());
        return resolveSuite(parsed, () -> DiscoverySelectors.selectFile(selector.getPath().toAbsolutePath().normalize().toString()),
                selector.getPosition(), context);
    }

    @Override
    public Resolution resolve(ClasspathResourceSelector selector, Context context) {
        String name = selector.getClasspathResourceName();
        if (!SuiteParser.isSuiteFileName(name)) {
            return folder(selector).map(Resolution::selectors).orElse(Resolution.unresolved());
        }
        Set<Resource> resources;
        try {
            resources = selector.getResources();
        } catch (PreconditionViolationException e) {
            // JUnit throws for a name without a resource; left to JUnit that is an ERROR issue that stops every suite.
            issues.reportIssue(DiscoveryIssue.builder(DiscoveryIssue.Severity.WARNING,
                    "no suite named " + name + " on the class path; nothing selected for it"));
            return Resolution.unresolved();
        }
        if (resources.isEmpty()) {
            return Resolution.unresolved();
        }
        if (resources.size() > 1) {
            issues.reportIssue(DiscoveryIssue.builder(DiscoveryIssue.Severity.WARNING, "found " + resources.size()
                    + " suites named " + name + " on the class path; running the first: " + resources.iterator().next().getUri()));
        }
        String plain = name.startsWith("/") ? name.substring(1) : name;
        SuiteParser.Parsed parsed = files.resource(plain, resources.iterator().next().getUri());
        return resolveSuite(parsed, () -> DiscoverySelectors.selectClasspathResource(plain), selector.getPosition(), context);
    }

    /**
     * {@code @SelectClasspathResource("preflight/nba")} names a folder of suites: select it as the package it is, so
     * the resource-container resolver finds its suites (as Cucumber does), instead of silently selecting nothing.
     */
    private static Optional<Set<DiscoverySelector>> folder(ClasspathResourceSelector selector) {
        Set<Resource> resources;
        try {
            resources = selector.getResources();
        } catch (PreconditionViolationException e) {
            return Optional.empty();
        }
        boolean folder = resources.stream().map(Resource::getUri).anyMatch(uri -> "file".equals(uri.getScheme())
                ? Files.isDirectory(Path.of(uri)) : uri.toString().endsWith("/"));
        if (!folder) {
            return Optional.empty();
        }
        String name = selector.getClasspathResourceName().replaceAll("^/+|/+$", "");
        return Optional.of(Set.of(DiscoverySelectors.selectPackage(name.replace('/', '.'))));
    }

    @Override
    public Resolution resolve(UriSelector selector, Context context) {
        return fromUri(selector.getUri()).map(Resolution::selectors).orElse(Resolution.unresolved());
    }

    private static Optional<Set<DiscoverySelector>> fromUri(URI uri) {
        // IDEs and the console add "?line=N" to select one check; Path.of(URI) rejects any query, and a classpath
        // URI is opaque, so its query stays in the scheme-specific part. Split it off by hand.
        String text = uri.toString();
        int query = text.indexOf('?');
        Optional<FilePosition> position = query < 0 ? Optional.empty() : FilePosition.fromQuery(text.substring(query + 1));
        URI plain = query < 0 ? uri : URI.create(text.substring(0, query));
        if ("file".equals(plain.getScheme())) {
            String path = Path.of(plain).toString();
            return Optional.of(Set.of(position.map(p -> DiscoverySelectors.selectFile(path, p)).orElseGet(() -> DiscoverySelectors.selectFile(path))));
        }
        if (Sources.CLASSPATH.equals(plain.getScheme())) {
            String name = plain.getSchemeSpecificPart();
            return Optional.of(Set.of(position.map(p -> DiscoverySelectors.selectClasspathResource(name, p))
                    .orElseGet(() -> DiscoverySelectors.selectClasspathResource(name))));
        }
        return Optional.empty();
    }

    @Override
    public Resolution resolve(UniqueIdSelector selector, Context context) {
        UniqueId id = selector.getUniqueId();
        List<UniqueId.Segment> segments = id.getSegments();
        // Under the suite engine the id carries a prefix; find our engine segment wherever it is.
        int start = -1;
        for (int i = 0; i < segments.size(); i++) {
            UniqueId.Segment s = segments.get(i);
            if ("engine".equals(s.getType()) && Constants.ENGINE_ID.equals(s.getValue())) {
                start = i;
            }
        }
        if (start < 0 || !id.hasPrefix(engineId) && start == 0) {
            return Resolution.unresolved();
        }
        List<UniqueId.Segment> ours = segments.subList(start + 1, segments.size());
        if (ours.isEmpty()) {
            return Resolution.unresolved();
        }
        if (!Constants.SUITE_SEGMENT.equals(ours.get(0).getType())) {
            return stale(id, "unique id " + id + " does not start with a suite; nothing selected for it");
        }
        // Ids come back from IDEs and reports after suites were edited, moved or deleted: a stale one is a warning,
        // never an error that would stop the other suites.
        Optional<DiscoverySelector> suite;
        try {
            suite = fromUri(URI.create(ours.get(0).getValue())).map(s -> s.iterator().next());
        } catch (IllegalArgumentException e) {
            suite = Optional.empty();
        }
        if (suite.isEmpty()) {
            return stale(id, "unique id " + id + " does not name a suite file or class path resource; nothing selected for it");
        }
        if (!exists(suite.get())) {
            return stale(id, "suite " + ours.get(0).getValue() + " does not exist (any more); nothing selected for " + id);
        }
        if (ours.size() == 1) {
            return Resolution.selectors(Set.of(suite.get()));
        }
        String datasetId = ours.get(1).getValue();
        if (ours.size() == 2) {
            return Resolution.selectors(Set.of(new SuiteSelectors.DatasetSelector(suite.get(), datasetId)));
        }
        return Resolution.selectors(Set.of(new SuiteSelectors.CheckSelector(suite.get(), datasetId, ours.get(2).getValue())));
    }

    private Resolution stale(UniqueId id, String message) {
        issues.reportIssue(DiscoveryIssue.builder(DiscoveryIssue.Severity.WARNING, message));
        return Resolution.selectors(Set.of(new SuiteSelectors.Nothing(id)));
    }

    private static boolean exists(DiscoverySelector suite) {
        if (suite instanceof FileSelector file) {
            return Files.isRegularFile(file.getPath());
        }
        if (suite instanceof ClasspathResourceSelector resource) {
            try {
                return !resource.getResources().isEmpty();
            } catch (PreconditionViolationException e) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Resolution resolve(DiscoverySelector selector, Context context) {
        if (selector instanceof SuiteSelectors.DatasetSelector dataset) {
            return resolveDataset(dataset, context);
        }
        if (selector instanceof SuiteSelectors.CheckSelector check) {
            return resolveCheck(check, context);
        }
        return Resolution.unresolved();
    }

    private Resolution resolveSuite(SuiteParser.Parsed parsed, Supplier<DiscoverySelector> self,
                                    Optional<FilePosition> position, Context context) {
        if (parsed instanceof SuiteParser.Parsed.NotASuite) {
            return Resolution.unresolved();
        }
        if (parsed instanceof SuiteParser.Parsed.Invalid invalid) {
            var file = invalid.problems().get(0).location();
            for (var problem : invalid.problems()) {
                issues.reportIssue(DiscoveryIssue.builder(DiscoveryIssue.Severity.WARNING, problem.toString())
                        .source(Sources.of(problem.location())));
            }
            return context.addToParent(parent -> Optional.of(new InvalidSuiteDescriptor(
                            parent.getUniqueId().append(Constants.SUITE_SEGMENT, file.uri().toString()), invalid.name(), file, invalid.problems())))
                    .map(d -> Resolution.match(Match.exact(d))).orElse(Resolution.unresolved());
        }
        Suite suite = ((SuiteParser.Parsed.Valid) parsed).suite();
        if (position.isPresent()) {
            Optional<DiscoverySelector> narrowed = atLine(suite, position.get().getLine(), self.get());
            if (narrowed.isPresent()) {
                return Resolution.selectors(Set.of(narrowed.get()));
            }
            // As Cucumber does: say so, rather than silently running more than the line asked for.
            issues.reportIssue(DiscoveryIssue.builder(DiscoveryIssue.Severity.WARNING, "line " + position.get().getLine() + " of "
                    + suite.location().displayName() + " holds no dataset or check; selecting the whole suite instead")
                    .source(Sources.of(suite.location().at(position.get().getLine(), position.get().getColumn().orElse(1)))));
        }
        return context.addToParent(parent -> Optional.of(new SuiteDescriptor(
                        parent.getUniqueId().append(Constants.SUITE_SEGMENT, suite.location().uri().toString()), suite)))
                .map(d -> Resolution.match(Match.exact(d, () -> datasetSelectors(suite, self))))
                .orElse(Resolution.unresolved());
    }

    /** A line selector ({@code suite.yaml?line=12}) picks the check or dataset written on that line. */
    private static Optional<DiscoverySelector> atLine(Suite suite, int line, DiscoverySelector self) {
        for (Dataset dataset : suite.datasets()) {
            if (dataset.location().line() == line) {
                return Optional.of(new SuiteSelectors.DatasetSelector(self, dataset.id()));
            }
            for (CheckDefinition check : dataset.checks()) {
                if (check.location().line() == line) {
                    return Optional.of(new SuiteSelectors.CheckSelector(self, dataset.id(), check.id()));
                }
            }
        }
        return Optional.empty();
    }

    private Resolution resolveDataset(SuiteSelectors.DatasetSelector selector, Context context) {
        Optional<DatasetDescriptor> descriptor = context.addToParent(selector::suite, parent -> {
            if (!(parent instanceof SuiteDescriptor suite)) {
                return Optional.empty();
            }
            Optional<Dataset> dataset = suite.suite().dataset(selector.datasetId());
            if (dataset.isEmpty()) {
                issues.reportIssue(DiscoveryIssue.builder(DiscoveryIssue.Severity.WARNING, "suite '" + suite.suite().name()
                        + "' has no dataset '" + selector.datasetId() + "' (any more); nothing selected for it").source(Sources.of(suite.suite().location())));
                return Optional.empty();
            }
            return Optional.of(new DatasetDescriptor(parent.getUniqueId().append(Constants.DATASET_SEGMENT, dataset.get().id()),
                    suite.suite(), dataset.get()));
        });
        return descriptor.map(d -> Resolution.match(Match.exact(d, () -> checkSelectors(d.dataset(), selector.suite()))))
                .orElse(Resolution.unresolved());
    }

    private Resolution resolveCheck(SuiteSelectors.CheckSelector selector, Context context) {
        Optional<CheckDescriptor> descriptor = context.addToParent(
                () -> new SuiteSelectors.DatasetSelector(selector.suite(), selector.datasetId()), parent -> {
                    if (!(parent instanceof DatasetDescriptor dataset)) {
                        return Optional.empty();
                    }
                    Optional<CheckDefinition> check = Optional.ofNullable(checksById.computeIfAbsent(dataset.dataset(), SuiteResolver::byId)
                            .get(selector.checkId()));
                    if (check.isEmpty()) {
                        issues.reportIssue(DiscoveryIssue.builder(DiscoveryIssue.Severity.WARNING, "dataset '" + dataset.dataset().id()
                                + "' has no check '" + selector.checkId() + "' (any more); nothing selected for it").source(Sources.of(dataset.dataset().location())));
                        return Optional.empty();
                    }
                    return Optional.of(new CheckDescriptor(parent.getUniqueId().append(Constants.CHECK_SEGMENT, check.get().id()),
                            dataset.suite(), dataset.dataset(), check.get()));
                });
        return descriptor.map(d -> Resolution.match(Match.exact(d))).orElse(Resolution.unresolved());
    }

    private static Set<DiscoverySelector> datasetSelectors(Suite suite, Supplier<DiscoverySelector> self) {
        Set<DiscoverySelector> selectors = new LinkedHashSet<>();
        suite.datasets().forEach(ds -> selectors.add(new SuiteSelectors.DatasetSelector(self.get(), ds.id())));
        return selectors;
    }

    private static Set<DiscoverySelector> checkSelectors(Dataset dataset, DiscoverySelector suite) {
        Set<DiscoverySelector> selectors = new LinkedHashSet<>();
        dataset.checks().forEach(c -> selectors.add(new SuiteSelectors.CheckSelector(suite, dataset.id(), c.id())));
        return selectors;
    }

    static boolean isSuiteResource(Resource resource) {
        return SuiteParser.isSuiteFileName(resource.getName());
    }


    private static Map<String, CheckDefinition> byId(Dataset dataset) {
        Map<String, CheckDefinition> checks = new java.util.HashMap<>();
        dataset.checks().forEach(check -> checks.putIfAbsent(check.id(), check));
        return checks;
    }
}
