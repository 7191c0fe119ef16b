package dev.preflight.warehouse;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * The warehouse could not answer: unreachable, permission denied, a failed query or a timeout.
 * Nothing was verified, so gates fail closed with exit code 3.
 */
@API(status = STABLE, since = "0.1")
public final class WarehouseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public WarehouseException(String message, Throwable cause) {
        super(message, cause);
    }

    public WarehouseException(String message) {
        super(message);
    }
}
