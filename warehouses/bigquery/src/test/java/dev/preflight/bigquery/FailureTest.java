package dev.preflight.bigquery;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What BigQuery's own error texts turn into: which are retried, and which permission and role a denial names. */
class FailureTest {

    @Test
    void transientAreRateLimitsBackendAndInternalErrorsAnd5xx() {
        assertThat(failure(403, "rateLimitExceeded", "Exceeded rate limits").isTransient()).isTrue();
        assertThat(failure(500, "backendError", "").isTransient()).isTrue();
        assertThat(failure(500, "internalError", "").isTransient()).isTrue();
        assertThat(failure(503, "", "Service Unavailable").isTransient()).isTrue();
        assertThat(failure(429, "", "Too Many Requests").isTransient()).isTrue();
        assertThat(failure(403, "accessDenied", "Access Denied").isTransient()).isFalse();
        assertThat(failure(400, "invalidQuery", "Syntax error").isTransient()).isFalse();
        assertThat(failure(404, "notFound", "Not found: Table").isTransient()).isFalse();
        assertThat(failure(400, "bytesBilledLimitExceeded", "Query exceeded limit").isTransient()).isFalse();
        assertThat(Failure.timeout(Failure.Stage.RUN).isTransient()).isFalse();
    }

    @Test
    void aDeniedJobNamesJobsCreateAndTheJobUserRoleOnTheBillingProject() {
        assertThat(failure(403, "accessDenied", "Access Denied: Project p-1: User does not have bigquery.jobs.create permission in project p-1.")
                .missingPermission("p-1"))
                .isEqualTo("bigquery.jobs.create on project p-1 — grant roles/bigquery.jobUser on project p-1 to the account that runs Preflight");
    }

    @Test
    void aDeniedTableNamesTheDatasetForTheDataViewerRole() {
        assertThat(failure(403, "accessDenied", "Access Denied: Table nba-props-platform:nba_raw.nbac_schedule: User does not have"
                + " bigquery.tables.getData permission for table nba-props-platform:nba_raw.nbac_schedule.").missingPermission("billing-1"))
                .isEqualTo("bigquery.tables.getData on table nba-props-platform:nba_raw.nbac_schedule — grant roles/bigquery.dataViewer"
                        + " on dataset nba-props-platform:nba_raw (or the table does not exist)");
    }

    @Test
    void aDeniedDatasetNamesTheDataset() {
        assertThat(failure(403, "accessDenied", "Access Denied: Dataset p-1:nba_raw: Permission bigquery.tables.get denied on dataset"
                + " p-1:nba_raw (or it may not exist).").missingPermission("p-1"))
                .startsWith("bigquery.tables.get on dataset p-1:nba_raw — grant roles/bigquery.dataViewer on dataset p-1:nba_raw");
    }

    @Test
    void aServiceUrlIsNotAPermission() {
        assertThat(failure(403, "accessDenied", "Forbidden POST https://bigquery.googleapis.com/bigquery/v2/projects/p-1/jobs")
                .missingPermission("p-1")).startsWith("bigquery.jobs.create on project p-1");
    }

    static Failure failure(int code, String reason, String message) {
        return new Failure(code, reason, message, Failure.Stage.CREATE, false);
    }
}
