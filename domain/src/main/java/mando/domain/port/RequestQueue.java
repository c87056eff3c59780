package mando.domain.port;

import mando.domain.MandalaRequest;

/**
 * The queue of mandala requests between the interactions endpoint and the image-generator.
 *
 * <p>Contract: {@link #publish} returns only once the queue has durably accepted the message, so the caller may then
 * promise the user an answer; otherwise it throws {@link QueueException} and nothing was promised. Delivery to the
 * consumer is at least once: the same request may arrive more than once, and consumers must be idempotent. Safe to
 * call from many threads at once.
 */
public interface RequestQueue {
    void publish(MandalaRequest request);
}
