package dev.preflight.runner.gate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One check's result as the engine published it.
 *
 * @param status PASSED, WARNED, FAILED, NOT_APPLICABLE or ERRORED
 * @param error for ERRORED: {@code suite} or {@code warehouse}; otherwise empty
 * @param message what happened, for people
 * @param document the engine's {@code preflight.result} JSON document
 */
public record CheckOutcome(String status, String error, String message, JsonNode document) {

    public boolean is(String candidate) {
        return status.equals(candidate);
    }

    public String id() {
        return document.path("check").asText();
    }

    public String type() {
        return document.path("type").asText();
    }

    public String severity() {
        return document.path("severity").asText();
    }
}
