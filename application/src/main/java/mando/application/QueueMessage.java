package mando.application;

import java.util.Objects;

/**
 * One delivery from a queue, as any transport hands it over: the raw bytes (untrusted until decoded), the
 * transport's message id (for logs) and which attempt this is (1 for the first delivery).
 */
public record QueueMessage(byte[] data, String messageId, int attempt) {
    /**
     * Deliveries of one message before it is given up: the in-memory queues use it, and the deploy script sets the
     * same number as the subscriptions' maximum delivery attempts before dead-lettering.
     */
    public static final int MAX_ATTEMPTS = 5;

    public QueueMessage {
        Objects.requireNonNull(data, "data");
        messageId = messageId == null ? "" : messageId;
        if (attempt < 1) {
            attempt = 1;
        }
    }

    @Override
    public String toString() {
        return "QueueMessage[id=" + messageId + ", attempt=" + attempt + ", bytes=" + data.length + "]";
    }
}
