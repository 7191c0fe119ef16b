package dev.preflight.bigquery;

import com.google.cloud.bigquery.BigQueryError;
import com.google.cloud.bigquery.BigQueryException;

import java.net.SocketTimeoutException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One failed call to BigQuery, reduced to what decides a retry and what a person needs to read: the HTTP code,
 * BigQuery's error reason (https://cloud.google.com/bigquery/docs/error-messages) and its message.
 *
 * @param code the HTTP status, or 0 when no response came
 * @param reason BigQuery's reason, e.g. {@code accessDenied}, or the empty string
 * @param message BigQuery's message, or the I/O error's
 * @param stage whether the job was being created or was already running
 * @param timedOut whether the call or the job ran out of time
 */
record Failure(int code, String reason, String message, Stage stage, boolean timedOut) {

    /** Where a call failed: a failure while creating the job can be retried under the same job id. */
    enum Stage { CREATE, RUN }

    private static final Set<String> TRANSIENT_REASONS = Set.of("rateLimitExceeded", "jobRateLimitExceeded", "backendError",
            "internalError", "jobInternalError", "jobBackendError");
    private static final Set<String> PERMANENT_REASONS = Set.of("accessDenied", "invalidQuery", "invalid", "notFound",
            "bytesBilledLimitExceeded", "billingNotEnabled", "billingTierLimitExceeded", "duplicate", "quotaExceeded",
            "responseTooLarge", "resourcesExceeded", "timeout", "stopped", "notImplemented", "unauthorized");
    private static final Pattern PERMISSION = Pattern.compile("bigquery\\.(?!googleapis)[a-zA-Z]+\\.[a-zA-Z]+");
    // "Access Denied: Table p:d.t: User does not have …"; the name ends before an optional ':', ',' or '.' and a space.
    private static final Pattern TABLE = Pattern.compile("[Tt]able ([A-Za-z0-9_.:-]+?[A-Za-z0-9_])(?=[:,.]?(?:\\s|$))");
    private static final Pattern DATASET = Pattern.compile("[Dd]ataset ([A-Za-z0-9_.:-]+?[A-Za-z0-9_])(?=[:,.]?(?:\\s|$))");

    Failure {
        reason = reason == null ? "" : reason;
        message = message == null ? "" : message;
    }

    static Failure of(BigQueryException e, Stage stage) {
        String reason = e.getReason();
        if ((reason == null || reason.isEmpty()) && e.getError() != null) {
            reason = e.getError().getReason();
        }
        String message = e.getError() != null && e.getError().getMessage() != null ? e.getError().getMessage() : e.getMessage();
        return new Failure(e.getCode(), reason, message, stage, causedByTimeout(e) || "timeout".equals(reason));
    }

    static Failure of(BigQueryError error) {
        return new Failure(0, error.getReason(), error.getMessage(), Stage.RUN, "timeout".equals(error.getReason()));
    }

    static Failure timeout(Stage stage) {
        return new Failure(0, "timeout", "", stage, true);
    }

    /** {@return whether trying again may succeed: rate limits, backend and internal errors, HTTP 429 and 5xx} */
    boolean isTransient() {
        if (timedOut || PERMANENT_REASONS.contains(reason)) {
            return false;
        }
        return TRANSIENT_REASONS.contains(reason) || code == 429 || code >= 500;
    }

    boolean isAccessDenied() {
        return "accessDenied".equals(reason) || code == 403 && !isTransient() || message.contains("Access Denied")
                || message.contains("Permission bigquery.");
    }

    boolean isUnauthenticated() {
        return code == 401 || "unauthorized".equals(reason) || "authError".equals(reason);
    }

    /**
     * {@return what to grant, e.g. "bigquery.jobs.create on project p — grant roles/bigquery.jobUser on project p"}
     *
     * @param billingProject the project that runs the jobs
     */
    String missingPermission(String billingProject) {
        Matcher permission = PERMISSION.matcher(message);
        String named = permission.find() ? permission.group() : null;
        String table = table();
        boolean creatingJob = "bigquery.jobs.create".equals(named) || named == null && table == null && stage == Stage.CREATE;
        if (creatingJob) {
            return "bigquery.jobs.create on project " + billingProject + " — grant roles/bigquery.jobUser on project "
                    + billingProject + " to the account that runs Preflight";
        }
        if (named == null || named.startsWith("bigquery.tables.") || named.startsWith("bigquery.datasets.")) {
            String what = named == null ? "bigquery.tables.getData" : named;
            String dataset = table != null ? datasetOf(table) : datasetNamed();
            if (dataset == null && table == null) {
                return what + " on the datasets the suite reads — grant roles/bigquery.dataViewer on each of them"
                        + " (and roles/bigquery.jobUser on project " + billingProject + ")";
            }
            return what + " on " + (table != null ? "table " + table : "dataset " + dataset) + " — grant roles/bigquery.dataViewer on dataset "
                    + (dataset != null ? dataset : datasetOf(table)) + " (or the table does not exist)";
        }
        if (named.startsWith("bigquery.readsessions.")) {
            return named + " on project " + billingProject + " — grant roles/bigquery.readSessionUser on project " + billingProject;
        }
        return named + " — grant a role that includes it (see https://cloud.google.com/bigquery/docs/access-control)";
    }

    private String table() {
        Matcher m = TABLE.matcher(message);
        return m.find() ? m.group(1) : null;
    }

    private String datasetNamed() {
        Matcher m = DATASET.matcher(message);
        return m.find() ? m.group(1) : null;
    }

    /** {@code project:dataset.table} or {@code project.dataset.table} → {@code project:dataset} / {@code project.dataset}. */
    private static String datasetOf(String table) {
        int dot = table.lastIndexOf('.');
        return dot < 0 ? table : table.substring(0, dot);
    }

    private static boolean causedByTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SocketTimeoutException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** {@return the reason and code for people, e.g. "backendError (HTTP 503)"} */
    String describe() {
        String what = reason.isEmpty() ? "error" : reason;
        return code > 0 ? what + " (HTTP " + code + ")" : what;
    }
}
