package dev.preflight.warehouse;

/**
 * The warehouse could not answer: unreachable, permission denied, a failed query or a timeout.
 * Nothing was verified, so gates fail closed with exit code 3.
 */
public final class WarehouseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public WarehouseException(String message, Throwable cause) {
        super(message, cause);
    }

    public WarehouseException(String message) {
        super(message);
    }
}
