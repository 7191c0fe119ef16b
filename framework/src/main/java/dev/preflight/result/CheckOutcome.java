package dev.preflight.result;

import org.apiguardian.api.API;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * One check's result document: the {@code preflight.result} report entry the engine publishes, or its copy in the
 * gate's JSON. It keeps the document itself, because check types add fields of their own (samples, waivers,
 * features) that the gate copies verbatim. Reading is lenient on purpose: a report shows what a document has and never
 * fails on a field that a newer check type added or an older one lacks.
 */
@API(status = MAINTAINED, since = "0.1")
public final class CheckOutcome {

    /** {@code error} of an ERRORED check that a mistake in the suite caused, rather than the warehouse. */
    public static final String SUITE_ERROR = "suite";
    /** {@code error} of an ERRORED check that the warehouse caused. */
    public static final String WAREHOUSE_ERROR = "warehouse";

    /** An approved exception as a check reports it (the check library's {@code waivers:}). */
    public record Waiver(String dates, String reason, String approvedBy, String expires, boolean expired) {
    }

    private final JsonNode document;

    private CheckOutcome(JsonNode document) {
        this.document = document == null ? MissingNode.getInstance() : document;
    }

    public static CheckOutcome of(JsonNode document) {
        return new CheckOutcome(document);
    }

    /** @throws IllegalArgumentException when the text is not JSON */
    public static CheckOutcome parse(String json) {
        return new CheckOutcome(ResultJson.read(json));
    }

    /** {@return the document itself, for fields this class has no accessor for} */
    public JsonNode document() {
        return document;
    }

    public String text(String field) {
        JsonNode value = document.path(field);
        return value.isValueNode() ? value.asText() : "";
    }

    /** {@return the check's id within its dataset} */
    public String check() {
        return text("check");
    }

    public String type() {
        return text("type");
    }

    /** {@return "error" or "warn"} */
    public String severity() {
        return text("severity");
    }

    /** {@return the outcome; a document without a known one counts as ERRORED: nothing vouches for the data} */
    public Outcome outcome() {
        return Outcome.parse(text("outcome")).orElse(Outcome.ERRORED);
    }

    public boolean is(Outcome candidate) {
        return outcome() == candidate;
    }

    /** {@return the outcome for people and Allure: {@value Outcome#INVALID} for a suite mistake, else the outcome's name} */
    public String word() {
        return isSuiteError() ? Outcome.INVALID : outcome().name();
    }

    /** {@return whether the check errored because of the suite (a mistake to fix), not the warehouse} */
    public boolean isSuiteError() {
        return is(Outcome.ERRORED) && SUITE_ERROR.equals(error());
    }

    public String message() {
        return text("message");
    }

    public String expected() {
        return text("expected");
    }

    public String actual() {
        return text("actual");
    }

    public String description() {
        return text("description");
    }

    /** {@return {@value #SUITE_ERROR} or {@value #WAREHOUSE_ERROR} for an errored check, else empty} */
    public String error() {
        return text("error");
    }

    public JsonNode observed() {
        return document.path("observed");
    }

    public Optional<Double> observedNumber(String field) {
        JsonNode value = observed().path(field);
        return value.isNumber() ? Optional.of(value.asDouble()) : Optional.empty();
    }

    public List<LocalDate> missingDates() {
        return dates(document.path("missing_dates"));
    }

    /** {@return the missing dates as ranges of consecutive expected dates} */
    public List<MissingRange> missingRanges() {
        List<MissingRange> ranges = new ArrayList<>();
        for (JsonNode range : document.path("missing_ranges")) {
            try {
                ranges.add(new MissingRange(LocalDate.parse(range.path("first").asText()), LocalDate.parse(range.path("last").asText()),
                        range.path("count").asInt()));
            } catch (DateTimeParseException e) {
                // Not a range: a report shows the ranges it can read.
            }
        }
        return ranges;
    }

    /** A run of missing expected dates. */
    public record MissingRange(LocalDate first, LocalDate last, int count) {

        /** {@return the range as the document writes it, fields in a fixed order so equal results give equal bytes} */
        public java.util.Map<String, Object> fields() {
            java.util.Map<String, Object> fields = new java.util.LinkedHashMap<>();
            fields.put("first", first.toString());
            fields.put("last", last.toString());
            fields.put("count", count);
            return fields;
        }
    }

    /** {@return dates an approved waiver excused; {@code waived_dates} holds dates or objects with a {@code date}} */
    public List<LocalDate> waivedDates() {
        return dates(document.path("waived_dates"));
    }

    /** {@return the fallback that makes a warning acceptable, e.g. "synthetic context", or empty} */
    public String fallback() {
        JsonNode fallback = document.path("fallback");
        if (fallback.isObject()) {
            return fallback.path("note").asText(fallback.path("description").asText(""));
        }
        return fallback.isValueNode() ? fallback.asText() : "";
    }

    /** {@return whether a declared fallback made this result acceptable} */
    public boolean fallbackUsed() {
        return document.path("fallback").path("used").asBoolean(false);
    }

    public List<Waiver> waivers() {
        List<Waiver> waivers = new ArrayList<>();
        for (JsonNode waiver : document.path("waivers")) {
            waivers.add(new Waiver(datesText(waiver), waiver.path("reason").asText(""),
                    waiver.path("approved_by").asText(waiver.path("by").asText("")),
                    waiver.path("expires").asText(waiver.path("until").asText("")), waiver.path("expired").asBoolean(false)));
        }
        return waivers;
    }

    private static String datesText(JsonNode waiver) {
        List<String> parts = new ArrayList<>();
        for (String field : new String[] {"dates", "ranges"}) {
            for (JsonNode item : waiver.path(field)) {
                if (item.isObject()) {
                    String first = item.path("first").asText(item.path("start").asText(""));
                    String last = item.path("last").asText(item.path("end").asText(first));
                    parts.add(first.equals(last) ? first : first + ".." + last);
                } else {
                    parts.add(item.asText());
                }
            }
        }
        if (parts.isEmpty() && waiver.has("first")) {
            parts.add(waiver.path("first").asText() + ".." + waiver.path("last").asText());
        }
        return String.join(", ", parts);
    }

    static List<LocalDate> dates(JsonNode array) {
        List<LocalDate> dates = new ArrayList<>();
        for (JsonNode item : array) {
            String text = item.isObject() ? item.path("date").asText("") : item.asText("");
            try {
                dates.add(LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                // Not a date: a report shows the dates it can read.
            }
        }
        return dates;
    }

    @Override
    public String toString() {
        return check() + "=" + word();
    }
}
