package dev.preflight.bigquery;

import com.google.auth.Credentials;
import com.google.auth.oauth2.AccessToken;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.auth.oauth2.OAuth2Credentials;
import com.google.auth.oauth2.ServiceAccountCredentials;
import com.google.cloud.NoCredentials;
import com.google.cloud.RetryOption;
import com.google.cloud.ServiceOptions;
import com.google.cloud.bigquery.BigQuery;
import com.google.cloud.bigquery.BigQueryException;
import com.google.cloud.bigquery.BigQueryOptions;
import com.google.cloud.bigquery.DatasetId;
import com.google.cloud.bigquery.Field;
import com.google.cloud.bigquery.FieldList;
import com.google.cloud.bigquery.FieldValue;
import com.google.cloud.bigquery.FieldValueList;
import com.google.cloud.bigquery.Job;
import com.google.cloud.bigquery.JobId;
import com.google.cloud.bigquery.JobInfo;
import com.google.cloud.bigquery.JobStatistics;
import com.google.cloud.bigquery.JobStatus;
import com.google.cloud.bigquery.QueryJobConfiguration;
import com.google.cloud.bigquery.Schema;
import com.google.cloud.bigquery.Table;
import com.google.cloud.bigquery.TableId;
import com.google.cloud.bigquery.TableResult;
import com.google.cloud.http.HttpTransportOptions;
import dev.preflight.model.TableName;
import dev.preflight.sql.SqlDialect;
import dev.preflight.metric.QueryResult;
import dev.preflight.metric.QueryStats;
import dev.preflight.sql.Statement;
import dev.preflight.warehouse.Warehouse;
import dev.preflight.warehouse.WarehouseException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * BigQuery through Google's client library. Each statement runs as a query job with an explicit id (so a timed-out
 * job can be cancelled and a retried insert is idempotent), {@code maximum_bytes_billed}, a job timeout and labels,
 * and its rows are read page by page. Transient failures are retried by {@link RetryPolicy}; everything else becomes
 * a {@link WarehouseException} that says what to do, with credentials removed from every message.
 *
 * <p>Exceptions from the client are never attached as causes: their messages and stack traces reach logs and
 * reports, and this class cannot vouch for what they contain. Their reason, code and message are copied, redacted.
 */
public final class BigQueryWarehouse implements Warehouse {

    /** Enough for any "did you mean" among a dataset's tables; a larger dataset is not listed whole. */
    private static final int MAX_TABLES_NEAR = 10_000;

    /** Rows asked for per page; a scan returns one row per date, so one page holds decades. */
    static final long PAGE_SIZE = 10_000;

    private final BigQuery bigquery;
    private final BigQuerySettings settings;
    private final BigQueryDialect dialect;
    private final RetryPolicy retry;
    private final Map<String, String> labels;
    private final Secrets secrets;
    private final ExecutorService calls;
    /**
     * Completed, once, with the message of the first statement that ran out of timeout_seconds: BigQuery (or whatever
     * answers at {@code host}) did not answer in time. Every statement not yet sent then fails at once ("not sent"),
     * and every statement still waiting stops waiting and has its job cancelled, instead of waiting its own timeout:
     * a silent endpoint costs a run timeout_seconds once, not once per statement, however many datasets are scanned
     * at once. A timeout, whether this class's deadline, the client's read timeout or the job's own, is never a
     * diagnosis's "no such table": the statements that would look are not sent.
     */
    private final CompletableFuture<String> timedOut = new CompletableFuture<>();
    /** Guards {@link #answered} and {@link #probing}; waited on by statements held until the endpoint has answered. */
    private final Object firstAnswer = new Object();
    /**
     * Whether the endpoint has answered a statement (with a result or an error): until it has, one statement at a
     * time is sent, so an endpoint that is silent from the start gets one job, as with one dataset at a time.
     */
    private boolean answered;
    private boolean probing;

    private BigQueryWarehouse(BigQuery bigquery, BigQuerySettings settings, RetryPolicy retry, Map<String, String> labels, Secrets secrets) {
        this.bigquery = bigquery;
        this.settings = settings;
        this.dialect = BigQueryDialect.of(settings.project(), settings.dataset());
        this.retry = retry;
        this.labels = Map.copyOf(labels);
        this.secrets = secrets;
        // Daemon threads: a call abandoned at its deadline must never keep the JVM (a gate) alive.
        this.calls = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "preflight-bigquery");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Connects with the settings' credentials: the key file, or NoCredentials for a test {@code host}, or else
     * Application Default Credentials. No call is made until the first statement.
     *
     * @param suite a name for the {@code preflight_suite} label, e.g. the suite file's base name
     * @throws WarehouseException when the credentials cannot be loaded
     */
    public static BigQueryWarehouse open(BigQuerySettings settings, String suite, RetryPolicy retry) {
        Credentials credentials;
        Secrets secrets;
        if (settings.credentials() != null) {
            Path key = settings.credentials();
            credentials = keyFile(key);
            secrets = new Secrets(List.of(key.toString(), key.toAbsolutePath().toString(), key.toAbsolutePath().normalize().toString()),
                    token(credentials));
        } else if (settings.host() != null) {
            credentials = NoCredentials.getInstance();
            secrets = Secrets.none();
        } else {
            credentials = applicationDefault();
            secrets = new Secrets(List.of(), token(credentials));
        }
        int millis = (int) Math.min(Integer.MAX_VALUE, settings.timeout().toMillis());
        BigQueryOptions.Builder options = BigQueryOptions.newBuilder()
                .setProjectId(settings.project())
                .setCredentials(credentials)
                // Preflight's RetryPolicy decides; the client's own retries would multiply with it.
                .setRetrySettings(ServiceOptions.getNoRetrySettings())
                .setTransportOptions(HttpTransportOptions.newBuilder().setConnectTimeout(millis).setReadTimeout(millis).build());
        if (settings.location() != null) {
            options.setLocation(settings.location());
        }
        if (settings.host() != null) {
            options.setHost(settings.host());
        }
        Map<String, String> labels = new LinkedHashMap<>(settings.labels());
        labels.put("tool", "preflight");
        if (suite != null && !suite.isBlank()) {
            labels.put("preflight_suite", labelValue(suite));
        }
        return new BigQueryWarehouse(options.build().getService(), settings, retry, labels, secrets);
    }

    @Override
    public SqlDialect dialect() {
        return dialect;
    }

    @Override
    public QueryResult execute(Statement statement) {
        OneQuery.require(statement.sql());
        return call(statement, slot -> query(statement, slot));
    }

    /**
     * Runs one of the metric history's own statements ({@link BigQueryHistory}: CREATE TABLE IF NOT EXISTS, INSERT of
     * bound values, SELECT), the only path that may change a table, and only the history's: {@link #execute} sends
     * nothing but one query.
     */
    QueryResult history(Statement statement) {
        if (statement.kind() != Statement.Kind.HISTORY) {
            throw new IllegalArgumentException("not a history statement: " + statement.kind());
        }
        return call(statement, slot -> query(statement, slot));
    }

    @Override
    public OptionalLong dryRunBytes(Statement statement) {
        OneQuery.require(statement.sql());
        return call(statement, slot -> {
            Job job = bigquery.create(JobInfo.of(slot.id(), configuration(statement, true)));
            JobStatistics statistics = job.getStatistics();
            if (statistics instanceof JobStatistics.QueryStatistics query && query.getTotalBytesProcessed() != null) {
                return OptionalLong.of(query.getTotalBytesProcessed());
            }
            throw new WarehouseException("BigQuery's dry run of " + statement.label() + " reported no bytes processed");
        });
    }

    /** A dry run validates without billing; only BigQuery's "rejected the SQL" counts, not an outage or a denial. */
    @Override
    public Optional<String> rejection(Statement statement) {
        try {
            dryRunBytes(statement);
            return Optional.empty();
        } catch (WarehouseException e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            return message.startsWith(REJECTED) ? Optional.of(message) : Optional.empty();
        }
    }

    @Override
    public Optional<Map<String, String>> columns(TableName table) {
        Optional<TableId> id = tableId(table);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        Statement lookup = new Statement(Statement.Kind.METADATA, table.toString(), "-- columns of " + table);
        return call(lookup, slot -> {
            slot.running();
            Table found = bigquery.getTable(id.get());
            if (found == null || found.getDefinition() == null || found.getDefinition().getSchema() == null) {
                return Optional.<Map<String, String>>empty();
            }
            Map<String, String> columns = new LinkedHashMap<>();
            for (Field field : found.getDefinition().getSchema().getFields()) {
                columns.put(field.getName(), field.getType().getStandardType().name());
            }
            return Optional.of(columns);
        });
    }

    /** The tables of the same dataset (a listing is metadata: free), at most {@value #MAX_TABLES_NEAR}. */
    @Override
    public List<String> tablesNear(TableName table) {
        Optional<TableId> id = tableId(table);
        if (id.isEmpty()) {
            return List.of();
        }
        Statement lookup = new Statement(Statement.Kind.METADATA, table.toString(), "-- tables of " + id.get().getProject() + "." + id.get().getDataset());
        return call(lookup, slot -> {
            slot.running();
            List<String> names = new ArrayList<>();
            com.google.api.gax.paging.Page<Table> page = bigquery.listTables(com.google.cloud.bigquery.DatasetId.of(id.get().getProject(), id.get().getDataset()));
            for (Table listed : page == null ? List.<Table>of() : page.iterateAll()) {
                TableId name = listed.getTableId();
                names.add(switch (table.parts().size()) {
                    case 3 -> name.getProject() + "." + name.getDataset() + "." + name.getTable();
                    case 2 -> name.getDataset() + "." + name.getTable();
                    default -> name.getTable();
                });
                if (names.size() == MAX_TABLES_NEAR) {
                    break;
                }
            }
            return names;
        });
    }

    /** {@return e.g. "bigquery project nba-props-platform, location US, at most 100 GiB billed per query"; never credentials} */
    @Override
    public String describe() {
        StringBuilder text = new StringBuilder("bigquery project ").append(settings.project());
        if (settings.dataset() != null) {
            text.append(", dataset ").append(settings.dataset());
        }
        if (settings.location() != null) {
            text.append(", location ").append(settings.location());
        }
        text.append(", at most ").append(bytes(settings.maximumBytesBilled())).append(" billed per query");
        if (settings.host() != null) {
            text.append(", via ").append(settings.host());
        }
        return secrets.redact(text.toString());
    }

    @Override
    public void close() {
        calls.shutdownNow();
    }

    /** The job id of one statement: kept when creating the job failed (a retried insert is then idempotent). */
    private final class JobSlot {
        private volatile JobId id = newId();
        private volatile Failure.Stage stage = Failure.Stage.CREATE;

        JobId id() {
            return id;
        }

        void running() {
            stage = Failure.Stage.RUN;
        }

        void renew() {
            id = newId();
            stage = Failure.Stage.CREATE;
        }

        private JobId newId() {
            JobId.Builder builder = JobId.newBuilder().setProject(settings.project()).setJob("preflight_" + UUID.randomUUID().toString().replace("-", ""));
            if (settings.location() != null) {
                builder.setLocation(settings.location());
            }
            return builder.build();
        }
    }

    @FunctionalInterface
    private interface Attempt<T> {
        T run(JobSlot slot) throws InterruptedException;
    }

    /** A job that ran and failed: BigQuery said so in the job's status rather than in an HTTP error. */
    private static final class JobFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Failure failure;

        JobFailed(Failure failure) {
            super(null, null, false, false);
            this.failure = failure;
        }
    }

    /** A statement that ran out of time inside the client (its read timeout) or at BigQuery (the job's timeout). */
    private static final class TimedOut extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TimedOut(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Runs the attempts on a daemon thread under the statement's deadline, which covers retries too. Statements may
     * run at once (datasets scanned concurrently), except before the endpoint's first answer ({@link #answered}).
     */
    private <T> T call(Statement statement, Attempt<T> attempt) {
        boolean probe = awaitFirstAnswer(statement);
        boolean heard = false;
        try {
            T value = send(statement, attempt);
            heard = true;
            return value;
        } catch (WarehouseException e) {
            heard = !timedOut.isDone() && !Thread.currentThread().isInterrupted();
            throw e;
        } finally {
            if (probe) {
                synchronized (firstAnswer) {
                    probing = false;
                    answered |= heard;
                    firstAnswer.notifyAll();
                }
            }
        }
    }

    /**
     * Holds a statement until the endpoint has answered once, or sends it as the one that asks first.
     *
     * @return whether this statement is the one sent before any answer
     * @throws WarehouseException "not sent" when a statement has timed out meanwhile
     */
    private boolean awaitFirstAnswer(Statement statement) {
        synchronized (firstAnswer) {
            while (true) {
                String earlier = timedOut.getNow(null);
                if (earlier != null) {
                    throw notSent(statement, earlier);
                }
                if (answered) {
                    return false;
                }
                if (!probing) {
                    probing = true;
                    return true;
                }
                try {
                    firstAnswer.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new WarehouseException("interrupted before BigQuery ran " + statement.label() + "; nothing was sent");
                }
            }
        }
    }

    private WarehouseException notSent(Statement statement, String earlier) {
        return new WarehouseException("not sent: " + statement.label() + ", because " + earlier);
    }

    /** Records the first timeout, wakes every statement held or waiting, and {@return the message} it was given. */
    private String timeOut(String message) {
        timedOut.complete(message);
        synchronized (firstAnswer) {
            firstAnswer.notifyAll();
        }
        return message;
    }

    private <T> T send(Statement statement, Attempt<T> attempt) {
        String earlier = timedOut.getNow(null);
        if (earlier != null) {
            throw notSent(statement, earlier);
        }
        JobSlot slot = new JobSlot();
        CompletableFuture<T> result = new CompletableFuture<>();
        Future<?> task = calls.submit(() -> {
            try {
                result.complete(retrying(statement, slot, attempt));
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        try {
            // Whichever comes first: this statement's answer, its deadline, or another statement's timeout.
            CompletableFuture.anyOf(result, timedOut).get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            // the statement failed: read below
        } catch (TimeoutException e) {
            if (!result.isDone()) {
                task.cancel(true);
                cancel(slot.id());
                throw new WarehouseException(timeOut(timedOut(statement, slot.id())));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            task.cancel(true);
            cancel(slot.id());
            throw new WarehouseException("interrupted while BigQuery ran " + statement.label() + "; job " + slot.id().getJob() + " was cancelled");
        }
        if (!result.isDone()) {
            // Another statement ran out of timeout_seconds while this one waited: the endpoint is as silent for it.
            task.cancel(true);
            cancel(slot.id());
            throw new WarehouseException("stopped waiting for " + statement.label() + " (BigQuery job " + slot.id().getJob()
                    + " was cancelled), because " + timedOut.join());
        }
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WarehouseException("interrupted while BigQuery ran " + statement.label());
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof WarehouseException warehouse) {
                throw warehouse;
            }
            if (cause instanceof TimedOut timeout) {
                throw new WarehouseException(timeOut(timeout.getMessage()));
            }
            // Not BigQuery's error but the client's, reading an answer it did not expect (an endpoint that says
            // '{}' makes it throw NullPointerException): its text is about the client's insides, not the run.
            throw new WarehouseException(secrets.redact("BigQuery" + (settings.host() == null ? "" : " at " + settings.host())
                    + " gave an answer for " + statement.label() + " that the client could not read ("
                    + cause.getClass().getSimpleName() + ")" + (settings.host() == null ? "" : "; is host a BigQuery REST endpoint?")));
        }
    }

    private <T> T retrying(Statement statement, JobSlot slot, Attempt<T> attempt) throws InterruptedException {
        for (int number = 1; ; number++) {
            Failure failure;
            try {
                return attempt.run(slot);
            } catch (JobFailed e) {
                failure = e.failure;
            } catch (BigQueryException e) {
                failure = Failure.of(e, slot.stage);
            }
            if (!failure.isTransient() || number >= retry.maxAttempts()) {
                String message = explain(statement, slot.id(), failure, number);
                // The client's read timeout or the job's own: as much a timeout as this class's deadline.
                throw failure.timedOut() ? new TimedOut(message) : new WarehouseException(message);
            }
            // A job that ran and failed keeps its id for good; only a failed insert may be sent again as it was.
            if (failure.stage() == Failure.Stage.RUN) {
                slot.renew();
            }
            Thread.sleep(retry.delayAfter(number).toMillis());
        }
    }

    private QueryResult query(Statement statement, JobSlot slot) throws InterruptedException {
        Job job = bigquery.create(JobInfo.of(slot.id(), configuration(statement, false)));
        slot.running();
        Job done = job.waitFor(RetryOption.totalTimeoutDuration(settings.timeout()),
                RetryOption.initialRetryDelayDuration(Duration.ofMillis(200)), RetryOption.maxRetryDelayDuration(Duration.ofSeconds(10)));
        if (done == null) {
            throw new JobFailed(new Failure(404, "notFound", "job " + slot.id().getJob() + " disappeared before it finished", Failure.Stage.RUN, false));
        }
        JobStatus status = done.getStatus();
        if (status == null || status.getState() != JobStatus.State.DONE) {
            throw new JobFailed(Failure.timeout(Failure.Stage.RUN));
        }
        if (status.getError() != null) {
            throw new JobFailed(Failure.of(status.getError()));
        }
        TableResult result = done.getQueryResults(BigQuery.QueryResultsOption.pageSize(PAGE_SIZE));
        Schema schema = result.getSchema();
        FieldList fields = schema == null ? FieldList.of() : schema.getFields();
        List<String> columns = new ArrayList<>(fields.size());
        fields.forEach(f -> columns.add(f.getName()));
        List<List<Object>> rows = new ArrayList<>();
        for (FieldValueList row : result.iterateAll()) {
            List<Object> values = new ArrayList<>(fields.size());
            for (int i = 0; i < fields.size(); i++) {
                values.add(value(row.get(i), fields.get(i)));
            }
            rows.add(values);
        }
        QueryStats stats = QueryStats.NONE;
        if (done.getStatistics() instanceof JobStatistics.QueryStatistics query) {
            stats = QueryStats.of(query.getTotalBytesProcessed(), query.getTotalBytesBilled());
        }
        return new QueryResult(columns, rows, stats);
    }

    private QueryJobConfiguration configuration(Statement statement, boolean dryRun) {
        Map<String, String> jobLabels = new LinkedHashMap<>(labels);
        jobLabels.put("preflight_kind", statement.kind().name().toLowerCase(Locale.ROOT));
        if (statement.label() != null && !statement.label().isBlank()) {
            jobLabels.put("preflight_dataset", labelValue(statement.label()));
        }
        QueryJobConfiguration.Builder config = QueryJobConfiguration.newBuilder(statement.sql())
                .setUseLegacySql(false)
                .setLabels(jobLabels)
                .setMaximumBytesBilled(settings.maximumBytesBilled())
                .setJobTimeoutMs(settings.timeout().toMillis());
        if (dryRun) {
            config.setDryRun(true);
        }
        if (settings.dataset() != null) {
            config.setDefaultDataset(DatasetId.of(settings.project(), settings.dataset()));
        }
        // GoogleSQL takes '?' as positional parameters: the values travel beside the text, never inside it.
        for (Object value : statement.parameters()) {
            config.addPositionalParameter(parameter(value));
        }
        return config.build();
    }

    private static com.google.cloud.bigquery.QueryParameterValue parameter(Object value) {
        if (value instanceof java.time.LocalDate date) {
            return com.google.cloud.bigquery.QueryParameterValue.date(date.toString());
        }
        if (value instanceof Long || value instanceof Integer) {
            return com.google.cloud.bigquery.QueryParameterValue.int64(((Number) value).longValue());
        }
        if (value instanceof Double || value instanceof Float) {
            return com.google.cloud.bigquery.QueryParameterValue.float64(((Number) value).doubleValue());
        }
        if (value instanceof Boolean flag) {
            return com.google.cloud.bigquery.QueryParameterValue.bool(flag);
        }
        return com.google.cloud.bigquery.QueryParameterValue.string(String.valueOf(value));
    }

    /** Best effort, on its own daemon thread: the statement has already failed, whether this works or not. */
    private void cancel(JobId id) {
        try {
            calls.submit(() -> {
                try {
                    bigquery.cancel(id);
                } catch (RuntimeException ignored) {
                    // BigQuery also stops the job itself at jobTimeoutMs.
                }
            });
        } catch (RuntimeException ignored) {
            // the pool is shut down: the warehouse is closing
        }
    }

    private String timedOut(Statement statement, JobId id) {
        return statement.label() + " took longer than timeout_seconds = " + settings.timeout().toSeconds() + " s; BigQuery job "
                + id.getJob() + " was cancelled — raise timeout_seconds, narrow the window, or check the table's partitioning";
    }

    private static final String REJECTED = "BigQuery rejected the SQL of ";

    private String explain(Statement statement, JobId id, Failure failure, int attempts) {
        String said = failure.message().isBlank() ? "" : " (BigQuery said: " + failure.message() + ")";
        String text;
        if (failure.timedOut()) {
            text = timedOut(statement, id);
        } else if ("bytesBilledLimitExceeded".equals(failure.reason())) {
            text = "BigQuery refused " + statement.label() + " because it would bill more than maximum_bytes_billed = "
                    + bytes(settings.maximumBytesBilled()) + " — raise maximum_bytes_billed, narrow the window, or partition the table"
                    + " by its date column" + said;
        } else if (failure.isUnauthenticated()) {
            text = "BigQuery could not authenticate the account that runs Preflight" + said + " — check the 'credentials' setting"
                    + " or the Application Default Credentials";
        } else if (failure.isAccessDenied()) {
            text = "BigQuery denied access for " + statement.label() + ": missing permission "
                    + failure.missingPermission(settings.project()) + said;
        } else if ("invalidQuery".equals(failure.reason()) || "invalid".equals(failure.reason())) {
            text = REJECTED + statement.label() + said;
        } else if ("notFound".equals(failure.reason()) || failure.code() == 404) {
            text = "BigQuery could not find what " + statement.label() + " reads" + said;
        } else if (failure.isTransient()) {
            text = "BigQuery kept failing for " + statement.label() + " after " + attempts + " attempts: " + failure.describe() + said;
        } else if (failure.code() == 0 && failure.reason().isEmpty()) {
            text = "could not reach BigQuery" + (settings.host() == null ? "" : " at " + settings.host()) + " for " + statement.label()
                    + ": " + failure.message();
        } else {
            text = "BigQuery failed for " + statement.label() + ": " + failure.describe() + said;
        }
        return secrets.redact(text);
    }

    private Optional<TableId> tableId(TableName table) {
        List<String> parts = table.parts();
        return switch (parts.size()) {
            case 3 -> Optional.of(TableId.of(parts.get(0), parts.get(1), parts.get(2)));
            case 2 -> Optional.of(TableId.of(settings.project(), parts.get(0), parts.get(1)));
            default -> settings.dataset() == null ? Optional.empty() : Optional.of(TableId.of(settings.project(), settings.dataset(), parts.get(0)));
        };
    }

    /**
     * Values as every warehouse returns them ({@link dev.preflight.metric.QueryResult}): DATE as {@link LocalDate},
     * integers as {@link Long}, DATETIME as {@link LocalDateTime}, TIMESTAMP as an {@link java.time.OffsetDateTime} in
     * UTC (never cut to its date) and an ARRAY as a {@link List} of its elements.
     */
    private static Object value(FieldValue value, Field field) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.getAttribute() == FieldValue.Attribute.REPEATED) {
            List<Object> elements = new ArrayList<>();
            value.getRepeatedValue().forEach(element -> elements.add(value(element, field)));
            return java.util.Collections.unmodifiableList(elements);
        }
        return switch (field.getType().getStandardType()) {
            case DATE -> LocalDate.parse(value.getStringValue());
            case INT64 -> value.getLongValue();
            case FLOAT64 -> value.getDoubleValue();
            case BOOL -> value.getBooleanValue();
            case NUMERIC, BIGNUMERIC -> value.getNumericValue();
            case TIMESTAMP -> Instant.EPOCH.plus(Duration.ofNanos(value.getTimestampValue() * 1000)).atOffset(ZoneOffset.UTC);
            case DATETIME -> LocalDateTime.parse(value.getStringValue());
            case STRING -> value.getStringValue();
            default -> String.valueOf(value.getValue());
        };
    }

    private static ServiceAccountCredentials keyFile(Path key) {
        // Service-account keys only: a general credential file may name an executable to run (external accounts).
        try (InputStream in = Files.newInputStream(key)) {
            return ServiceAccountCredentials.fromStream(in);
        } catch (NoSuchFileException e) {
            throw new WarehouseException("the service-account key file named by the 'credentials' setting does not exist (path withheld)");
        } catch (AccessDeniedException e) {
            throw new WarehouseException("the service-account key file named by the 'credentials' setting is not readable (path withheld)");
        } catch (IOException | RuntimeException e) {
            throw new WarehouseException("the file named by the 'credentials' setting is not a service-account key file (path and content"
                    + " withheld); create one with: gcloud iam service-accounts keys create");
        }
    }

    private static GoogleCredentials applicationDefault() {
        try {
            return GoogleCredentials.getApplicationDefault();
        } catch (IOException e) {
            throw new WarehouseException("no Application Default Credentials: run where a service account is attached (Cloud Composer,"
                    + " GCE, GKE), set GOOGLE_APPLICATION_CREDENTIALS, run gcloud auth application-default login, or set the"
                    + " warehouse's 'credentials' to a service-account key file");
        }
    }

    private static Supplier<String> token(Credentials credentials) {
        return () -> {
            if (credentials instanceof OAuth2Credentials oauth) {
                AccessToken token = oauth.getAccessToken();
                return token == null ? null : token.getTokenValue();
            }
            return null;
        };
    }

    /** Label values: lowercase letters, digits, _ and -, at most 63 characters. */
    static String labelValue(String text) {
        String value = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "_");
        return value.length() > 63 ? value.substring(0, 63) : value;
    }

    static String bytes(long bytes) {
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};
        int unit = 0;
        long value = bytes;
        while (unit < units.length - 1 && value >= 1024 && value % 1024 == 0) {
            value /= 1024;
            unit++;
        }
        return value + " " + units[unit] + (unit == 0 ? "" : " (" + bytes + " bytes)");
    }
}
