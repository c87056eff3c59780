package mando.adapters.inmemory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mando.domain.MandalaReply;
import mando.domain.port.DiscordReplies;

/** A Discord that keeps every edit it is sent, for tests to wait on and inspect. */
public final class RecordingDiscord implements DiscordReplies {
    private final List<MandalaReply> edits = new ArrayList<>();

    @Override
    public synchronized void editOriginal(MandalaReply reply) {
        edits.add(reply);
        notifyAll();
    }

    public synchronized List<MandalaReply> edits() {
        return List.copyOf(edits);
    }

    /** Waits until at least {@code count} edits arrived; returns them, or throws if the time ran out. */
    public synchronized List<MandalaReply> awaitEdits(int count, long timeout, TimeUnit unit)
            throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (edits.size() < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("expected " + count + " edits, got " + edits.size());
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return List.copyOf(edits);
    }
}
