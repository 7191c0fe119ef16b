package dev.preflight.bigquery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * A local stand-in for the BigQuery REST API v2 on 127.0.0.1, answering the calls that the real
 * google-cloud-bigquery client makes for Preflight: jobs.insert (queries and dry runs), jobs.get, jobs.cancel,
 * jobs.getQueryResults, jobs.query, tabledata.list with page tokens, tables.get, tables.list, and an OAuth token endpoint for
 * key-file credentials. What a query returns comes from an {@link Engine}; faults (HTTP errors, hangs) are queued.
 *
 * <p>It models the API's shapes and the billing rules Preflight relies on (bytes billed rounded up to a MiB, at
 * least 10 MiB; {@code maximumBytesBilled} refusals), not BigQuery's SQL: the engine decides what SQL means.
 * Start it in try-with-resources: its threads are daemons and {@link #close()} releases hanging requests.
 */
public final class BigQueryStubServer implements AutoCloseable {

    /** Answers one query's SQL; throws {@link StubError} to fail the job the way BigQuery does. */
    @FunctionalInterface
    public interface Engine {
        Answer answer(String sql);

        /**
         * Answers a query with positional parameters, each as the API writes its value (a string); an engine that
         * does not bind parameters answers from the SQL alone.
         */
        default Answer answer(String sql, List<String> parameters) {
            return answer(sql);
        }
    }

    /**
     * A result column; types use the REST API's legacy names: INTEGER, FLOAT, BOOLEAN, STRING, DATE. In a query's
     * answer, {@code ARRAY<FLOAT>} is a REPEATED FLOAT column whose values are written as JSON arrays of strings,
     * e.g. {@code ["1.5", null]}.
     */
    public record Column(String name, String type) {
    }

    /**
     * What a query returns.
     *
     * @param rows values as the API writes them: strings, {@code null} for SQL NULL
     * @param bytesProcessed what the job (and its dry run) reports as processed
     */
    public record Answer(List<Column> schema, List<List<String>> rows, long bytesProcessed) {
        public Answer {
            schema = List.copyOf(schema);
            rows = List.copyOf(rows);
        }
    }

    /** A job-level error, e.g. {@code invalidQuery}: the job is created, then fails. */
    public static final class StubError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int status;
        final String reason;

        public StubError(int status, String reason, String message) {
            super(message);
            this.status = status;
            this.reason = reason;
        }
    }

    /** One request as received, with its body gunzipped. */
    public record Request(String method, String path, Map<String, String> query, String authorization, String body) {
        public JsonNode json() {
            try {
                return body.isEmpty() ? JSON.createObjectNode() : JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** What an endpoint that is not BigQuery answers to every matching request. */
    private record Foreign(String method, Pattern path, JsonNode body) {
        boolean matches(Request request) {
            return method.equals(request.method()) && path.matcher(request.path()).find();
        }
    }

    private record Fault(String method, Pattern path, int status, String reason, String message, boolean hang) {
    }

    private static final class Job {
        final String project;
        final String id;
        final String location;
        final ObjectNode configuration;
        final Answer answer;
        final StubError error;
        int pendingPolls;

        Job(String project, String id, String location, ObjectNode configuration, Answer answer, StubError error, int pendingPolls) {
            this.project = project;
            this.id = id;
            this.location = location;
            this.configuration = configuration;
            this.answer = answer;
            this.error = error;
            this.pendingPolls = pendingPolls;
        }
    }

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ROUTE = Pattern.compile("^(?:/bigquery/v2)?/projects/([^/]+)/(.*)$");
    static final long MIB = 1L << 20;

    private final HttpServer server;
    private final ExecutorService executor;
    private final Engine engine;
    private final CountDownLatch closing = new CountDownLatch(1);
    private final List<Request> requests = new ArrayList<>();
    private final Deque<Fault> faults = new ArrayDeque<>();
    private final List<Foreign> foreign = new ArrayList<>();
    private final Map<String, Job> jobs = new HashMap<>();
    private final Map<String, List<Column>> tables = new HashMap<>();
    private int pageSize = 1000;
    private int pendingPolls;
    private String accessToken = "ya29.stub-access-token-0123456789";

    private BigQueryStubServer(Engine engine) throws IOException {
        this.engine = engine;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        this.executor = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "bigquery-stub");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    public static BigQueryStubServer start(Engine engine) {
        try {
            return new BigQueryStubServer(engine);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@return the REST root for the {@code host} setting} */
    public String host() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Rows per tabledata.list page at most, whatever the client asks for, so that paging is exercised. */
    public synchronized BigQueryStubServer pageSize(int rows) {
        this.pageSize = rows;
        return this;
    }

    /** How many getQueryResults polls of each new job answer "not complete yet". */
    public synchronized BigQueryStubServer pendingPolls(int polls) {
        this.pendingPolls = polls;
        return this;
    }

    /** Declares a table for tables.get; other tables are not found. */
    public synchronized BigQueryStubServer table(String project, String dataset, String table, List<Column> columns) {
        tables.put(project + "." + dataset + "." + table, List.copyOf(columns));
        return this;
    }

    /** The token the OAuth endpoint hands out. */
    public synchronized BigQueryStubServer accessToken(String token) {
        this.accessToken = token;
        return this;
    }

    /** The next request of {@code method} whose path contains a match of {@code pathRegex} gets this HTTP error. */
    public synchronized BigQueryStubServer fail(String method, String pathRegex, int status, String reason, String message) {
        faults.add(new Fault(method, Pattern.compile(pathRegex), status, reason, message, false));
        return this;
    }

    /** The next matching request gets no answer until the stub closes: a server that is too slow. */
    public synchronized BigQueryStubServer hang(String method, String pathRegex) {
        faults.add(new Fault(method, Pattern.compile(pathRegex), 503, "backendError", "hung", true));
        return this;
    }

    /**
     * Every matching request gets {@code body} with HTTP 200 from now on: an endpoint that answers, but not as
     * BigQuery does (a proxy's {@code {}}).
     */
    public synchronized BigQueryStubServer answerAlways(String method, String pathRegex, String body) {
        try {
            foreign.add(new Foreign(method, Pattern.compile(pathRegex), JSON.readTree(body)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    /** {@return the requests of one method whose path contains a match of {@code pathRegex}} */
    public synchronized List<Request> requests(String method, String pathRegex) {
        Predicate<Request> matches = r -> r.method().equals(method) && Pattern.compile(pathRegex).matcher(r.path()).find();
        return requests.stream().filter(matches).toList();
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Request request = read(exchange);
            Fault fault;
            Foreign answer;
            synchronized (this) {
                requests.add(request);
                fault = takeFault(request);
                answer = foreign.stream().filter(f -> f.matches(request)).findFirst().orElse(null);
            }
            if (answer != null && fault == null) {
                send(exchange, 200, answer.body());
                return;
            }
            if (fault != null && fault.hang()) {
                try {
                    closing.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return;
            }
            if (fault != null) {
                send(exchange, fault.status(), error(fault.status(), fault.reason(), fault.message()));
                return;
            }
            route(exchange, request);
        } catch (RuntimeException e) {
            // A bug in the stub must show in the test, not as a hang.
            send(exchange, 500, error(500, "stubBug", e.toString()));
        }
    }

    private Fault takeFault(Request request) {
        for (Fault fault : faults) {
            if (fault.method().equals(request.method()) && fault.path().matcher(request.path()).find()) {
                faults.remove(fault);
                return fault;
            }
        }
        return null;
    }

    private void route(HttpExchange exchange, Request request) throws IOException {
        if (request.path().endsWith("/token") && request.method().equals("POST")) {
            ObjectNode token = JSON.createObjectNode();
            synchronized (this) {
                token.put("access_token", accessToken);
            }
            token.put("expires_in", 3600).put("token_type", "Bearer");
            send(exchange, 200, token);
            return;
        }
        Matcher route = ROUTE.matcher(request.path());
        if (!route.matches()) {
            send(exchange, 404, error(404, "notFound", "Not found: URL " + request.path()));
            return;
        }
        String project = route.group(1);
        String[] rest = route.group(2).split("/");
        String method = request.method();
        if (method.equals("POST") && rest.length == 1 && rest[0].equals("jobs")) {
            insert(exchange, project, request.json());
        } else if (method.equals("GET") && rest.length == 2 && rest[0].equals("jobs")) {
            Job job = job(rest[1]);
            send(exchange, job == null ? 404 : 200, job == null ? error(404, "notFound", "Not found: Job " + project + ":" + rest[1]) : resource(job));
        } else if (method.equals("POST") && rest.length == 3 && rest[0].equals("jobs") && rest[2].equals("cancel")) {
            Job job = job(rest[1]);
            ObjectNode body = JSON.createObjectNode().put("kind", "bigquery#jobCancelResponse");
            if (job != null) {
                body.set("job", resource(job));
            }
            send(exchange, job == null ? 404 : 200, job == null ? error(404, "notFound", "Not found: Job " + rest[1]) : body);
        } else if (method.equals("GET") && rest.length == 2 && rest[0].equals("queries")) {
            queryResults(exchange, rest[1], request.query());
        } else if (method.equals("POST") && rest.length == 1 && rest[0].equals("queries")) {
            fastQuery(exchange, project, request.json());
        } else if (method.equals("GET") && rest.length == 5 && rest[0].equals("datasets") && rest[2].equals("tables") && rest[4].equals("data")) {
            tableData(exchange, rest[3], request.query());
        } else if (method.equals("GET") && rest.length == 4 && rest[0].equals("datasets") && rest[2].equals("tables")) {
            tableMetadata(exchange, project, rest[1], rest[3]);
        } else if (method.equals("GET") && rest.length == 3 && rest[0].equals("datasets") && rest[2].equals("tables")) {
            tableList(exchange, project, rest[1]);
        } else {
            send(exchange, 404, error(404, "notFound", "the stub does not answer " + method + " " + request.path()));
        }
    }

    private void insert(HttpExchange exchange, String project, JsonNode body) throws IOException {
        ObjectNode configuration = (ObjectNode) body.path("configuration");
        String sql = configuration.path("query").path("query").asText();
        JsonNode reference = body.path("jobReference");
        String id = reference.path("jobId").asText("stub_" + System.nanoTime());
        String location = reference.path("location").asText(null);
        synchronized (this) {
            if (jobs.containsKey(id)) {
                send(exchange, 409, error(409, "duplicate", "Already Exists: Job " + project + ":" + id));
                return;
            }
        }
        Answer answer = null;
        StubError failure = null;
        List<String> parameters = new ArrayList<>();
        configuration.path("query").path("queryParameters").forEach(p -> parameters.add(p.path("parameterValue").path("value").asText(null)));
        try {
            answer = engine.answer(sql, parameters);
        } catch (StubError e) {
            failure = e;
        }
        if (configuration.path("dryRun").asBoolean(false)) {
            // A dry run reports its error at once, on the insert itself.
            if (failure != null) {
                send(exchange, failure.status, error(failure.status, failure.reason, failure.getMessage()));
                return;
            }
            ObjectNode job = JSON.createObjectNode();
            job.set("jobReference", reference);
            job.set("configuration", configuration);
            job.putObject("status").put("state", "DONE");
            ObjectNode statistics = job.putObject("statistics");
            statistics.put("totalBytesProcessed", String.valueOf(answer.bytesProcessed()));
            ObjectNode query = statistics.putObject("query");
            query.put("totalBytesProcessed", String.valueOf(answer.bytesProcessed()));
            query.set("schema", resultSchema(answer.schema()));
            send(exchange, 200, job);
            return;
        }
        if (failure == null && configuration.path("query").has("maximumBytesBilled")) {
            long maximum = configuration.path("query").path("maximumBytesBilled").asLong();
            long billed = billed(answer.bytesProcessed());
            if (billed > maximum) {
                failure = new StubError(400, "bytesBilledLimitExceeded",
                        "Query exceeded limit for bytes billed: " + maximum + ". " + billed + " or higher required.");
            }
        }
        Job job;
        synchronized (this) {
            job = new Job(project, id, location, configuration, answer, failure, pendingPolls);
            jobs.put(id, job);
        }
        send(exchange, 200, resource(job));
    }

    private void queryResults(HttpExchange exchange, String id, Map<String, String> query) throws IOException {
        Job job = job(id);
        if (job == null) {
            send(exchange, 404, error(404, "notFound", "Not found: Job " + id));
            return;
        }
        synchronized (this) {
            if (job.pendingPolls > 0) {
                job.pendingPolls--;
                ObjectNode pending = JSON.createObjectNode().put("jobComplete", false);
                pending.set("jobReference", reference(job));
                send(exchange, 200, pending);
                return;
            }
        }
        if (job.error != null) {
            send(exchange, job.error.status, error(job.error.status, job.error.reason, job.error.getMessage()));
            return;
        }
        ObjectNode body = JSON.createObjectNode().put("kind", "bigquery#getQueryResultsResponse").put("jobComplete", true);
        body.set("jobReference", reference(job));
        body.put("totalRows", String.valueOf(job.answer.rows().size()));
        body.set("schema", resultSchema(job.answer.schema()));
        body.put("totalBytesProcessed", String.valueOf(job.answer.bytesProcessed()));
        page(body, job.answer, query);
        send(exchange, 200, body);
    }

    private void fastQuery(HttpExchange exchange, String project, JsonNode request) throws IOException {
        Answer answer;
        try {
            answer = engine.answer(request.path("query").asText());
        } catch (StubError e) {
            send(exchange, e.status, error(e.status, e.reason, e.getMessage()));
            return;
        }
        String id = "stub_query_" + System.nanoTime();
        Job job;
        synchronized (this) {
            ObjectNode configuration = JSON.createObjectNode();
            configuration.putObject("query").put("query", request.path("query").asText());
            job = new Job(project, id, request.path("location").asText(null), configuration, answer, null, 0);
            jobs.put(id, job);
        }
        ObjectNode body = JSON.createObjectNode().put("kind", "bigquery#queryResponse").put("jobComplete", true);
        body.set("jobReference", reference(job));
        body.put("totalRows", String.valueOf(answer.rows().size()));
        body.set("schema", resultSchema(answer.schema()));
        page(body, answer, Map.of());
        send(exchange, 200, body);
    }

    private void tableData(HttpExchange exchange, String table, Map<String, String> query) throws IOException {
        Job job = job(table);
        if (job == null) {
            send(exchange, 404, error(404, "notFound", "Not found: Table " + table));
            return;
        }
        ObjectNode body = JSON.createObjectNode().put("kind", "bigquery#tableDataList");
        body.put("totalRows", String.valueOf(job.answer.rows().size()));
        page(body, job.answer, query);
        send(exchange, 200, body);
    }

    private void tableMetadata(HttpExchange exchange, String project, String dataset, String table) throws IOException {
        List<Column> columns;
        synchronized (this) {
            columns = tables.get(project + "." + dataset + "." + table);
        }
        if (columns == null) {
            send(exchange, 404, error(404, "notFound", "Not found: Table " + project + ":" + dataset + "." + table));
            return;
        }
        ObjectNode body = JSON.createObjectNode().put("kind", "bigquery#table").put("type", "TABLE");
        body.putObject("tableReference").put("projectId", project).put("datasetId", dataset).put("tableId", table);
        body.set("schema", schema(columns));
        send(exchange, 200, body);
    }

    /** tables.list: the declared tables of the dataset, in one page, in name order. */
    private void tableList(HttpExchange exchange, String project, String dataset) throws IOException {
        List<String> names;
        synchronized (this) {
            names = tables.keySet().stream().filter(name -> name.startsWith(project + "." + dataset + ".")).sorted().toList();
        }
        ObjectNode body = JSON.createObjectNode().put("kind", "bigquery#tableList").put("totalItems", names.size());
        com.fasterxml.jackson.databind.node.ArrayNode list = body.putArray("tables");
        for (String name : names) {
            ObjectNode table = list.addObject().put("kind", "bigquery#table").put("type", "TABLE")
                    .put("id", project + ":" + dataset + "." + name.substring(name.lastIndexOf('.') + 1));
            table.putObject("tableReference").put("projectId", project).put("datasetId", dataset).put("tableId", name.substring(name.lastIndexOf('.') + 1));
        }
        send(exchange, 200, body);
    }

    /** Writes one page of rows from the page token's offset, with the next token when rows remain. */
    private void page(ObjectNode body, Answer answer, Map<String, String> query) {
        int start = query.containsKey("pageToken") ? Integer.parseInt(query.get("pageToken").substring("row-".length())) : 0;
        int wanted;
        synchronized (this) {
            wanted = query.containsKey("maxResults") ? Math.min(Integer.parseInt(query.get("maxResults")), pageSize) : pageSize;
        }
        if (wanted == 0) {
            return;
        }
        int end = Math.min(answer.rows().size(), start + wanted);
        ArrayNode rows = body.putArray("rows");
        for (List<String> row : answer.rows().subList(start, end)) {
            ArrayNode cells = rows.addObject().putArray("f");
            for (int i = 0; i < row.size(); i++) {
                String value = row.get(i);
                if (value != null && repeated(answer.schema().get(i)) != null) {
                    // A REPEATED cell is an array of cells: {"v": [{"v": "1.5"}, {"v": null}]}.
                    ArrayNode elements = cells.addObject().putArray("v");
                    try {
                        JSON.readTree(value).forEach(e -> elements.addObject().put("v", e.isNull() ? null : e.asText()));
                    } catch (IOException e) {
                        throw new IllegalArgumentException("not a JSON array: " + value, e);
                    }
                } else {
                    cells.addObject().put("v", value);
                }
            }
        }
        if (end < answer.rows().size()) {
            body.put("pageToken", "row-" + end);
        }
    }

    private ObjectNode resource(Job job) {
        ObjectNode body = JSON.createObjectNode().put("kind", "bigquery#job").put("id", job.project + ":" + job.id);
        body.set("jobReference", reference(job));
        ObjectNode configuration = job.configuration.deepCopy();
        ((ObjectNode) configuration.path("query")).putObject("destinationTable")
                .put("projectId", job.project).put("datasetId", "_stub_anonymous").put("tableId", job.id);
        body.set("configuration", configuration);
        ObjectNode status = body.putObject("status").put("state", "DONE");
        synchronized (this) {
            if (job.pendingPolls > 0) {
                status.put("state", "RUNNING");
            }
        }
        ObjectNode statistics = body.putObject("statistics").put("creationTime", String.valueOf(System.currentTimeMillis()));
        if (job.error != null) {
            status.putObject("errorResult").put("reason", job.error.reason).put("message", job.error.getMessage());
            status.putArray("errors").addObject().put("reason", job.error.reason).put("message", job.error.getMessage());
        } else if (job.answer != null) {
            long billed = billed(job.answer.bytesProcessed());
            statistics.put("totalBytesProcessed", String.valueOf(job.answer.bytesProcessed()));
            statistics.putObject("query").put("totalBytesProcessed", String.valueOf(job.answer.bytesProcessed()))
                    .put("totalBytesBilled", String.valueOf(billed)).put("cacheHit", false);
        }
        return body;
    }

    private static ObjectNode reference(Job job) {
        ObjectNode reference = JSON.createObjectNode().put("projectId", job.project).put("jobId", job.id);
        if (job.location != null) {
            reference.put("location", job.location);
        }
        return reference;
    }

    /** A query's result schema: {@code ARRAY<T>} is a REPEATED {@code T}, as BigQuery describes an array column. */
    private static ObjectNode resultSchema(List<Column> columns) {
        ObjectNode schema = JSON.createObjectNode();
        ArrayNode fields = schema.putArray("fields");
        for (Column column : columns) {
            String element = repeated(column);
            fields.addObject().put("name", column.name()).put("type", element == null ? column.type() : element)
                    .put("mode", element == null ? "NULLABLE" : "REPEATED");
        }
        return schema;
    }

    /** {@return the element type of an {@code ARRAY<T>} column, or {@code null}} */
    private static String repeated(Column column) {
        String type = column.type();
        return type.startsWith("ARRAY<") && type.endsWith(">") ? type.substring("ARRAY<".length(), type.length() - 1) : null;
    }

    private static ObjectNode schema(List<Column> columns) {
        ObjectNode schema = JSON.createObjectNode();
        ArrayNode fields = schema.putArray("fields");
        for (Column column : columns) {
            fields.addObject().put("name", column.name()).put("type", column.type()).put("mode", "NULLABLE");
        }
        return schema;
    }

    /** On-demand billing: rounded up to a whole MiB, at least 10 MiB. */
    static long billed(long processed) {
        return Math.max(10 * MIB, (processed + MIB - 1) / MIB * MIB);
    }

    private static ObjectNode error(int status, String reason, String message) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode error = body.putObject("error").put("code", status).put("message", message);
        error.putArray("errors").addObject().put("reason", reason).put("message", message).put("domain", "global");
        error.put("status", status == 403 ? "PERMISSION_DENIED" : status == 404 ? "NOT_FOUND" : status >= 500 ? "UNAVAILABLE" : "INVALID_ARGUMENT");
        return body;
    }

    private synchronized Job job(String id) {
        return jobs.get(id);
    }

    private static Request read(HttpExchange exchange) throws IOException {
        InputStream in = exchange.getRequestBody();
        // The client gzips every POST body.
        if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
            in = new GZIPInputStream(in);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        Map<String, String> query = new LinkedHashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int equals = pair.indexOf('=');
                String key = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                query.put(key, equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), query,
                exchange.getRequestHeaders().getFirst("Authorization"), bytes.toString(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
