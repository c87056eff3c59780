package mando.domain.port;

/** A queue did not accept a message; nothing was queued, and the caller decides whether to retry or apologise. */
public class QueueException extends RuntimeException {
    public QueueException(String message, Throwable cause) {
        super(message, cause);
    }
}
