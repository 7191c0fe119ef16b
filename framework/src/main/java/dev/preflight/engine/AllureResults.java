package dev.preflight.engine;

import dev.preflight.result.Outcome;

import dev.preflight.calendar.CalendarPicture;
import dev.preflight.result.CheckOutcome;
import dev.preflight.model.Severity;
import dev.preflight.suite.Suite;
import dev.preflight.source.SourceLocation;
import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.SeverityLevel;
import io.qameta.allure.model.Label;
import io.qameta.allure.model.Link;
import io.qameta.allure.model.StatusDetails;
import io.qameta.allure.model.TestResult;
import io.qameta.allure.util.ResultsUtils;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * Everything the engine tells Allure, loaded only through {@link AllureBridge} when Allure is on the class path.
 * It works on the current test case of the calling thread: the Allure listener starts it on the very thread that
 * then runs the check (so no executor of our own may run checks).
 */
final class AllureResults {

    /** Labels of our own, read back by {@link AllureStatusMessages} and by people filtering the report. */
    static final String OUTCOME_LABEL = "preflight.outcome";
    static final String TYPE_LABEL = "preflight.type";
    static final String TABLE_LABEL = "preflight.table";
    static final String WAIVED_LABEL = "preflight.waived";
    /** The label allure-junit-platform gives every result: the test's JUnit unique id. */
    static final String UNIQUE_ID_LABEL = "junit.platform.uniqueid";

    private AllureResults() {
    }

    /**
     * {@return false when no Allure listener records this check}: the gate without --allure-results, or EngineTestKit
     * inside a test that Allure records (whose current test case is that test, not this check)
     */
    static boolean enrich(CheckReport report) {
        AllureLifecycle lifecycle = Allure.getLifecycle();
        if (lifecycle.getCurrentTestCase().isEmpty()) {
            return false;
        }
        CheckOutcome document = CheckOutcome.parse(report.document());
        AtomicBoolean ours = new AtomicBoolean();
        lifecycle.updateTestCase(result -> {
            if (result.getLabels().stream().anyMatch(l -> UNIQUE_ID_LABEL.equals(l.getName()) && report.uniqueId().equals(l.getValue()))) {
                ours.set(true);
                describe(result, report, document);
            }
        });
        if (!ours.get()) {
            return false;
        }
        for (CheckAttachments.Attachment attachment : CheckAttachments.of(report, document)) {
            lifecycle.addAttachment(attachment.name(), attachment.type(), attachment.extension(),
                    attachment.content().getBytes(StandardCharsets.UTF_8));
        }
        return true;
    }

    private static void describe(TestResult result, CheckReport report, CheckOutcome document) {
        Suite suite = report.suite();
        String dataset = datasetName(report);
        String key = report.historyKey();
        String outcome = document.word();
        boolean waived = !document.waivedDates().isEmpty();
        // The same check keeps one history whichever entry point ran it (the JUnit unique id does not).
        result.setHistoryId(ResultsUtils.md5(key)).setTestCaseId(key).setFullName(key);
        if (report.outcome() == Outcome.WARNED) {
            result.setName("⚠ " + result.getName());
        }
        List<Label> labels = result.getLabels();
        labels.add(ResultsUtils.createParentSuiteLabel(suite.name()));
        labels.add(ResultsUtils.createEpicLabel(suite.name()));
        labels.add(ResultsUtils.createSuiteLabel(dataset));
        labels.add(ResultsUtils.createFeatureLabel(dataset));
        labels.add(ResultsUtils.createStoryLabel(report.check().type()));
        labels.add(ResultsUtils.createSeverityLabel(report.check().severity() == Severity.ERROR ? SeverityLevel.BLOCKER : SeverityLevel.NORMAL));
        if (!suite.owner().isBlank()) {
            labels.add(ResultsUtils.createOwnerLabel(suite.owner()));
        }
        if (report.outcome() == Outcome.WARNED) {
            labels.add(ResultsUtils.createTagLabel(Outcome.WARNED.name()));
        }
        if (waived) {
            labels.add(ResultsUtils.createTagLabel("WAIVED"));
            labels.add(ResultsUtils.createLabel(WAIVED_LABEL, waiverNote(document)));
        }
        labels.add(ResultsUtils.createLabel(OUTCOME_LABEL, outcome));
        labels.add(ResultsUtils.createLabel(TYPE_LABEL, report.check().type()));
        labels.add(ResultsUtils.createLabel(TABLE_LABEL, report.dataset().table().toString()));
        SourceLocation location = report.check().location();
        result.getLinks().add(new Link().setName(fileName(location) + ":" + location.line()).setType("link")
                .setUrl(sourceUrl(location, report.sourceUrlTemplate())));
        result.getParameters().add(ResultsUtils.createParameter("window", suite.window().toString()));
        result.getParameters().add(ResultsUtils.createParameter("threshold", document.expected().isEmpty() ? "-" : document.expected()));
        result.getParameters().add(ResultsUtils.createParameter("observed", document.actual().isEmpty() ? "-" : document.actual()));
        if (waived) {
            result.getParameters().add(ResultsUtils.createParameter("waived dates", String.valueOf(document.waivedDates().size())));
        }
        result.setDescriptionHtml(descriptionHtml(report, document));
        // A passing or warned check has no exception, so this message stays; a failed one gets the exception's.
        String message = document.message();
        if (result.getStatusDetails() == null) {
            result.setStatusDetails(new StatusDetails());
        }
        result.getStatusDetails().setMessage(message);
    }

    static String waiverNote(CheckOutcome document) {
        if (document.waivedDates().isEmpty()) {
            return "";
        }
        String approvals = document.waivers().stream()
                .map(w -> (w.approvedBy().isEmpty() ? "" : "approved by " + w.approvedBy()) + (w.expires().isEmpty() ? "" : " until " + w.expires()))
                .filter(s -> !s.isBlank()).distinct().collect(Collectors.joining("; "));
        return " · waived: " + document.waivedDates().size() + " dates" + (approvals.isEmpty() ? "" : " (" + approvals.trim() + ")");
    }

    private static String datasetName(CheckReport report) {
        String table = report.dataset().table().toString();
        return report.dataset().id().equals(report.dataset().table().simpleName()) ? table : table + " [" + report.dataset().id() + "]";
    }

    private static String descriptionHtml(CheckReport report, CheckOutcome document) {
        StringBuilder html = new StringBuilder();
        if (!report.check().description().isBlank()) {
            html.append("<p>").append(CalendarPicture.escape(report.check().description())).append("</p>");
        }
        html.append("<p><b>").append(CalendarPicture.escape(report.check().spec().describe())).append("</b> on <code>")
                .append(CalendarPicture.escape(report.dataset().table().toString())).append("</code>, window ").append(report.suite().window()).append("</p>");
        if (!report.dataset().requiredBy().isEmpty()) {
            html.append("<p>Required by: ").append(CalendarPicture.escape(String.join(", ", report.dataset().requiredBy()))).append("</p>");
        }
        if (!document.fallback().isBlank()) {
            html.append("<p>Fallback: ").append(CalendarPicture.escape(document.fallback())).append("</p>");
        }
        for (CheckOutcome.Waiver waiver : document.waivers()) {
            html.append("<p>Waived ").append(CalendarPicture.escape(waiver.dates())).append(": ").append(CalendarPicture.escape(waiver.reason()))
                    .append(waiver.approvedBy().isEmpty() ? "" : ", approved by " + CalendarPicture.escape(waiver.approvedBy()))
                    .append(waiver.expires().isEmpty() ? "" : ", until " + CalendarPicture.escape(waiver.expires()))
                    .append(waiver.expired() ? " (expired)" : "").append("</p>");
        }
        return html.toString();
    }

    static void writeRunFiles(List<Suite> suites) {
        AllureLifecycle lifecycle = Allure.getLifecycle();
        writeOnce(lifecycle, "environment.properties", RunFiles.environment(suites));
        writeOnce(lifecycle, "categories.json", RunFiles.categories());
    }

    /**
     * Allure's writer refuses a name that exists, and one JVM (Surefire with several @Suite classes) can run the engine
     * more than once into the same directory: the first run's file stays, which is not an error.
     */
    private static void writeOnce(AllureLifecycle lifecycle, String name, String text) {
        try {
            lifecycle.writeAttachment(name, bytes(text));
        } catch (io.qameta.allure.AllureResultsWriteException e) {
            if (!(e.getCause() instanceof java.nio.file.FileAlreadyExistsException)) {
                throw e;
            }
        }
    }

    private static ByteArrayInputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    static String fileName(SourceLocation location) {
        String name = location.displayName();
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(slash + 1);
    }

    /**
     * {@return where a person can read the check}: the configured template ({@code {path}} and {@code {line}}, e.g.
     * a repository's web view), else the file itself; a class-path suite resolves to its file when it is one
     */
    static String sourceUrl(SourceLocation location, String template) {
        URI uri = location.uri();
        boolean classpath = Sources.CLASSPATH.equals(uri.getScheme());
        if (!template.isBlank()) {
            String path = classpath ? uri.getSchemeSpecificPart() : relative(uri);
            return template.replace("{path}", path).replace("{line}", String.valueOf(location.line()));
        }
        if (classpath) {
            URL resource = Thread.currentThread().getContextClassLoader().getResource(uri.getSchemeSpecificPart());
            if (resource != null && "file".equals(resource.getProtocol())) {
                return resource + "#L" + location.line();
            }
        }
        return uri + "#L" + location.line();
    }

    private static String relative(URI uri) {
        if (!"file".equals(uri.getScheme())) {
            return uri.toString();
        }
        Path file = Path.of(uri);
        Path here = Path.of("").toAbsolutePath();
        return (file.startsWith(here) ? here.relativize(file) : file).toString().replace('\\', '/');
    }
}
