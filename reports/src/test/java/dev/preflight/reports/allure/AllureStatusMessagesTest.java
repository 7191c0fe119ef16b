package dev.preflight.reports.allure;

import io.qameta.allure.model.Label;
import io.qameta.allure.model.StatusDetails;
import io.qameta.allure.model.TestResult;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What categories match: a Preflight result's status message starts with its outcome and check type, set just before
 * Allure writes the result; links point at the YAML line, or at the configured repository view.
 */
class AllureStatusMessagesTest {

    private static TestResult result(String outcome, String message) {
        return new TestResult().setLabels(new java.util.ArrayList<>(List.of(new Label().setName(AllureResults.OUTCOME_LABEL).setValue(outcome),
                        new Label().setName(AllureResults.TYPE_LABEL).setValue("coverage"))))
                .setStatusDetails(new StatusDetails().setMessage(message).setTrace("at somewhere"));
    }

    @Test
    void should_prefix_the_outcome_and_type_and_drop_the_trace_of_a_data_finding() {
        TestResult failed = result("FAILED", "a.t covers 16 of 18 expected dates");
        TestResult invalid = result("INVALID", "suite.yaml:1:1: no path");

        new AllureStatusMessages().beforeTestWrite(failed);
        new AllureStatusMessages().beforeTestWrite(invalid);
        new AllureStatusMessages().beforeTestWrite(failed);

        assertThat(failed.getStatusDetails().getMessage()).as("prefixed once").isEqualTo("[FAILED] coverage: a.t covers 16 of 18 expected dates");
        assertThat(failed.getStatusDetails().getTrace()).isNull();
        assertThat(invalid.getStatusDetails().getMessage()).startsWith("[INVALID] coverage: ");
        assertThat(invalid.getStatusDetails().getTrace()).as("a suite mistake keeps its trace").isEqualTo("at somewhere");
    }

    @Test
    void should_leave_results_of_other_tests_alone() {
        TestResult other = new TestResult().setStatusDetails(new StatusDetails().setMessage("expected 1 but was 2"));

        new AllureStatusMessages().beforeTestWrite(other);

        assertThat(other.getStatusDetails().getMessage()).isEqualTo("expected 1 but was 2");
    }

    @Test
    void should_link_the_configured_repository_view_and_never_a_file_a_browser_cannot_open() {
        URI file = URI.create("file:/elsewhere/suites/s.yaml");

        assertThat(AllureResults.sourceUrl(file, 17, "")).isEmpty();
        assertThat(AllureResults.sourceUrl(URI.create("classpath:preflight/nba/s.yaml"), 3, "")).isEmpty();
        assertThat(AllureResults.sourceUrl(URI.create("classpath:preflight/nba/s.yaml"), 3, "https://git.example/blob/main/{path}#L{line}"))
                .hasValue("https://git.example/blob/main/preflight/nba/s.yaml#L3");
        assertThat(AllureResults.fileName("suites/nba/s.yaml")).isEqualTo("s.yaml");
    }
}
