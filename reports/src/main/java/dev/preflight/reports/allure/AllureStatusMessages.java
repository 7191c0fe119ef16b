package dev.preflight.reports.allure;

import dev.preflight.result.Outcome;
import io.qameta.allure.listener.TestLifecycleListener;
import io.qameta.allure.model.Label;
import io.qameta.allure.model.Status;
import io.qameta.allure.model.TestResult;

import java.util.Optional;

/**
 * Puts the outcome and check type in front of a Preflight result's status message just before Allure writes it,
 * e.g. {@code [FAILED] coverage: nba_analytics.team_defense_game_summary covers 776 of 848 …}. It has to run this
 * late: the JUnit listener replaces the message with the exception's when the test finishes. Allure's categories
 * can match only status and message, so this token is what {@code categories.json} matches.
 * Registered as a service; Allure loads it only when Allure itself is on the class path.
 */
public final class AllureStatusMessages implements TestLifecycleListener {

    @Override
    public void beforeTestWrite(TestResult result) {
        Optional<String> outcome = label(result, AllureResults.OUTCOME_LABEL);
        if (outcome.isEmpty() || result.getStatusDetails() == null) {
            return;
        }
        // A warning is not a pass: Allure counts broken results apart from passed ones (and paints them amber), so a
        // degraded check can never make a closed or degraded gate look green. Categories tell it from "could not verify".
        if (outcome.get().equals(Outcome.WARNED.name()) && result.getStatus() == Status.PASSED) {
            result.setStatus(Status.BROKEN);
        }
        String message = result.getStatusDetails().getMessage();
        String prefix = "[" + outcome.get() + "] ";
        if (message == null || message.startsWith(prefix)) {
            return;
        }
        String waived = label(result, AllureResults.WAIVED_LABEL).orElse("");
        result.getStatusDetails().setMessage(RunFiles.statusMessage(outcome.get(), label(result, AllureResults.TYPE_LABEL).orElse("check"),
                message + waived));
        // A breached threshold is a finding about data, not a bug in code: its stack trace only hides the numbers.
        if (!outcome.get().equals(Outcome.ERRORED.name()) && !outcome.get().equals(Outcome.INVALID)) {
            result.getStatusDetails().setTrace(null);
        }
    }

    private static Optional<String> label(TestResult result, String name) {
        return result.getLabels().stream().filter(l -> name.equals(l.getName())).map(Label::getValue).findFirst();
    }
}
