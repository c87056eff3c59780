package mando.domain.port;

import mando.domain.MandalaReply;

/**
 * The queue of finished answers between the image-generator and the Discord reply step.
 *
 * <p>Contract as {@link RequestQueue}: {@link #publish} returns only once the message is durably accepted, or throws
 * {@link QueueException}; delivery is at least once; thread-safe.
 */
public interface ReplyQueue {
    void publish(MandalaReply reply);
}
