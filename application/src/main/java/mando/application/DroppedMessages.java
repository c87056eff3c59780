package mando.application;

import java.lang.System.Logger.Level;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Where queue messages go that no retry can fix: they are logged with what can safely be read of them, counted, and
 * acknowledged, never retried forever and never lost without a trace.
 */
public final class DroppedMessages {
    private static final System.Logger LOG = System.getLogger(DroppedMessages.class.getName());
    private final AtomicLong count = new AtomicLong();

    public void drop(String queue, QueueMessage message, String what, String reason) {
        long n = count.incrementAndGet();
        LOG.log(Level.WARNING, "dropped message from " + queue + " (id=" + message.messageId() + ", attempt="
                + message.attempt() + ", " + what + "): " + reason + " [dropped so far: " + n + "]");
    }

    public long count() {
        return count.get();
    }
}
