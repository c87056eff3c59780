package mando.bootstrap.discord;

/** A correctly signed body that is not an interaction we can read: answered with 400. */
final class MalformedInteractionException extends RuntimeException {
    MalformedInteractionException(String message) {
        super(message);
    }

    MalformedInteractionException(String message, Throwable cause) {
        super(message, cause);
    }
}
