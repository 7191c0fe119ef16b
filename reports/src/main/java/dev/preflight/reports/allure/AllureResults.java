package dev.preflight.reports.allure;

import dev.preflight.model.Severity;
import dev.preflight.result.CheckOutcome;
import dev.preflight.result.Outcome;
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
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import static dev.preflight.reports.CalendarPicture.escape;

/**
 * Everything Preflight tells Allure, loaded only through {@link AllureListener} when Allure is on the class path.
 * It works on the current test case of the calling thread: Allure's listener starts it on the very thread that then
 * runs the check and publishes its entries (so the engine may run no check on an executor of its own).
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
     * {@return false when no Allure listener records this check}: the gate without --allure-results, or a launcher
     * run inside a test that Allure records (whose current test case is that test, not this check)
     */
    static boolean enrich(CheckReport report) {
        AllureLifecycle lifecycle = Allure.getLifecycle();
        if (lifecycle.getCurrentTestCase().isEmpty()) {
            return false;
        }
        AtomicBoolean ours = new AtomicBoolean();
        lifecycle.updateTestCase(result -> {
            if (result.getLabels().stream().anyMatch(l -> UNIQUE_ID_LABEL.equals(l.getName()) && report.uniqueId().equals(l.getValue()))) {
                ours.set(true);
                describe(result, report);
            }
        });
        if (!ours.get()) {
            return false;
        }
        for (CheckAttachments.Attachment attachment : CheckAttachments.of(report)) {
            lifecycle.addAttachment(attachment.name(), attachment.type(), attachment.extension(),
                    attachment.content().getBytes(StandardCharsets.UTF_8));
        }
        return true;
    }

    private static void describe(TestResult result, CheckReport report) {
        CheckOutcome document = report.result();
        String suite = document.text("suite");
        String key = report.historyKey();
        boolean waived = !document.waivedDates().isEmpty();
        // The same check keeps one history whichever entry point ran it (the JUnit unique id does not).
        result.setHistoryId(ResultsUtils.md5(key)).setTestCaseId(key).setFullName(key);
        if (document.is(Outcome.WARNED)) {
            result.setName("⚠ " + result.getName());
        }
        List<Label> labels = result.getLabels();
        labels.add(ResultsUtils.createParentSuiteLabel(suite));
        labels.add(ResultsUtils.createEpicLabel(suite));
        labels.add(ResultsUtils.createSuiteLabel(datasetName(report)));
        labels.add(ResultsUtils.createFeatureLabel(datasetName(report)));
        labels.add(ResultsUtils.createStoryLabel(document.type()));
        labels.add(ResultsUtils.createSeverityLabel(Severity.ERROR.label().equals(document.severity()) ? SeverityLevel.BLOCKER : SeverityLevel.NORMAL));
        if (!report.detail("owner").isBlank()) {
            labels.add(ResultsUtils.createOwnerLabel(report.detail("owner")));
        }
        if (document.is(Outcome.WARNED)) {
            labels.add(ResultsUtils.createTagLabel(Outcome.WARNED.name()));
        }
        if (waived) {
            labels.add(ResultsUtils.createTagLabel("WAIVED"));
            labels.add(ResultsUtils.createLabel(WAIVED_LABEL, waiverNote(document)));
        }
        labels.add(ResultsUtils.createLabel(OUTCOME_LABEL, document.word()));
        labels.add(ResultsUtils.createLabel(TYPE_LABEL, document.type()));
        labels.add(ResultsUtils.createLabel(TABLE_LABEL, document.text("table")));
        int line = report.details().path("line").asInt();
        // A file: or classpath: link is dead in a browser (the report is served over HTTP, or opened from another
        // machine), so only a configured repository view becomes a link; the description names the file and line.
        sourceUrl(URI.create(report.detail("uri")), line, report.detail("source_url")).ifPresent(url ->
                result.getLinks().add(new Link().setName(fileName(report.detail("file")) + ":" + line).setType("link").setUrl(url)));
        result.getParameters().add(ResultsUtils.createParameter("window", window(document)));
        result.getParameters().add(ResultsUtils.createParameter("threshold", document.expected().isEmpty() ? "-" : document.expected()));
        result.getParameters().add(ResultsUtils.createParameter("observed", document.actual().isEmpty() ? "-" : document.actual()));
        if (waived) {
            result.getParameters().add(ResultsUtils.createParameter("waived dates", String.valueOf(document.waivedDates().size())));
        }
        result.setDescriptionHtml(descriptionHtml(report));
        // A passing or warned check has no exception, so this message stays; a failed one gets the exception's.
        if (result.getStatusDetails() == null) {
            result.setStatusDetails(new StatusDetails());
        }
        result.getStatusDetails().setMessage(document.message());
    }

    static String window(CheckOutcome document) {
        return document.document().path("window").path("start").asText() + ".." + document.document().path("window").path("end").asText();
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

    /** {@return the table, with the dataset's id when it is not the table's own name} */
    private static String datasetName(CheckReport report) {
        String table = report.result().text("table");
        return report.result().text("dataset").equals(report.detail("table_name")) ? table : table + " [" + report.result().text("dataset") + "]";
    }

    private static String descriptionHtml(CheckReport report) {
        CheckOutcome document = report.result();
        StringBuilder html = new StringBuilder();
        if (!document.description().isBlank()) {
            html.append("<p>").append(escape(document.description())).append("</p>");
        }
        html.append("<p><b>").append(escape(report.detail("condition"))).append("</b> on <code>")
                .append(escape(document.text("table"))).append("</code>, window ").append(window(document)).append("</p>");
        html.append("<p>Defined in <code>").append(escape(report.detail("file"))).append("</code> line ")
                .append(report.details().path("line").asInt()).append("</p>");
        List<String> requiredBy = new ArrayList<>();
        document.document().path("required_by").forEach(r -> requiredBy.add(r.asText()));
        if (!requiredBy.isEmpty()) {
            html.append("<p>Required by: ").append(escape(String.join(", ", requiredBy))).append("</p>");
        }
        if (!document.fallback().isBlank()) {
            html.append("<p>Fallback: ").append(escape(document.fallback())).append("</p>");
        }
        for (CheckOutcome.Waiver waiver : document.waivers()) {
            html.append("<p>Waived ").append(escape(waiver.dates())).append(": ").append(escape(waiver.reason()))
                    .append(waiver.approvedBy().isEmpty() ? "" : ", approved by " + escape(waiver.approvedBy()))
                    .append(waiver.expires().isEmpty() ? "" : ", until " + escape(waiver.expires()))
                    .append(waiver.expired() ? " (expired)" : "").append("</p>");
        }
        return html.toString();
    }

    /** @param suites the entries the suites that ran published when they finished */
    static void writeRunFiles(List<Map<String, String>> suites) {
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
            lifecycle.writeAttachment(name, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        } catch (io.qameta.allure.AllureResultsWriteException e) {
            if (!(e.getCause() instanceof java.nio.file.FileAlreadyExistsException)) {
                throw e;
            }
        }
    }

    static String fileName(String displayName) {
        int slash = Math.max(displayName.lastIndexOf('/'), displayName.lastIndexOf('\\'));
        return displayName.substring(slash + 1);
    }

    /**
     * {@return where a person can read the check in a browser}: the configured template ({@code {path}} and
     * {@code {line}}, e.g. a repository's web view), else nothing
     */
    static Optional<String> sourceUrl(URI uri, int line, String template) {
        if (template.isBlank()) {
            return Optional.empty();
        }
        String path = "classpath".equals(uri.getScheme()) ? uri.getSchemeSpecificPart() : relative(uri);
        return Optional.of(template.replace("{path}", path).replace("{line}", String.valueOf(line)));
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
