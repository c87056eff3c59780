package mando.adapters.inmemory;

import java.lang.System.Logger.Level;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import mando.application.QueueMessage;
import mando.domain.port.QueueException;

/**
 * A queue in one process that behaves like Pub/Sub where it matters: messages are bytes (copied, so nothing is
 * shared with the publisher), each delivery runs on a consumer thread of its own, a consumer that throws gets the
 * message again after a growing delay with the next attempt number, and after the last attempt it goes to a
 * dead-letter count. Bounded: when full, publishing fails instead of growing without limit.
 */
final class InMemoryQueue implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(InMemoryQueue.class.getName());

    private final String name;
    private final int maxAttempts;
    private final long firstBackoffMillis;
    private final double duplicateRate;
    private final Semaphore capacity;
    private final AtomicLong ids = new AtomicLong();
    private final AtomicLong deadLettered = new AtomicLong();
    private final ScheduledExecutorService timer;
    private volatile ExecutorService workers;
    private volatile Consumer<QueueMessage> consumer;
    private volatile boolean closed;

    InMemoryQueue(String name, int capacity, int maxAttempts, long firstBackoffMillis, double duplicateRate) {
        this.name = name;
        this.maxAttempts = maxAttempts;
        this.firstBackoffMillis = firstBackoffMillis;
        this.duplicateRate = duplicateRate;
        this.capacity = new Semaphore(capacity);
        this.timer = Executors.newSingleThreadScheduledExecutor(daemon(name + "-redelivery"));
    }

    /** Starts delivering to {@code consumer} on {@code threads} threads; messages published before wait for it. */
    synchronized void subscribe(Consumer<QueueMessage> consumer, int threads) {
        if (this.consumer != null) {
            throw new IllegalStateException("queue " + name + " already has a subscriber");
        }
        this.workers = Executors.newFixedThreadPool(threads, daemon(name + "-consumer"));
        this.consumer = consumer;
        notifyAll();
    }

    void publish(byte[] data) {
        if (closed) {
            throw new QueueException("queue " + name + " is closed", null);
        }
        if (!capacity.tryAcquire()) {
            throw new QueueException("queue " + name + " is full", null);
        }
        QueueMessage message = new QueueMessage(data.clone(), name + "-" + ids.incrementAndGet(), 1);
        try {
            timer.execute(() -> deliver(message));
        } catch (RuntimeException e) {
            capacity.release();
            throw new QueueException("queue " + name + " is closed", e);
        }
        // At-least-once, made visible: the same message, once more, as Pub/Sub may do (injected faults only).
        if (duplicateRate > 0 && ThreadLocalRandom.current().nextDouble() < duplicateRate && capacity.tryAcquire()) {
            try {
                timer.execute(() -> deliver(message));
            } catch (RuntimeException e) {
                capacity.release();
            }
        }
    }

    private void deliver(QueueMessage message) {
        ExecutorService pool = awaitWorkers();
        if (pool == null) {
            return;
        }
        try {
            pool.execute(() -> run(message));
        } catch (RuntimeException e) {
            capacity.release();
        }
    }

    private synchronized ExecutorService awaitWorkers() {
        while (workers == null && !closed) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return workers;
    }

    private void run(QueueMessage message) {
        try {
            consumer.accept(message);
            capacity.release();
        } catch (RuntimeException e) {
            if (message.attempt() >= maxAttempts) {
                long n = deadLettered.incrementAndGet();
                capacity.release();
                LOG.log(Level.ERROR, "queue " + name + ": message " + message.messageId() + " failed on attempt "
                        + message.attempt() + ", the last; dead-lettered (" + n + " so far): " + e);
                return;
            }
            long delay = Math.min(firstBackoffMillis << (message.attempt() - 1), 10_000);
            QueueMessage again = new QueueMessage(message.data(), message.messageId(), message.attempt() + 1);
            try {
                timer.schedule(() -> deliver(again), delay, TimeUnit.MILLISECONDS);
            } catch (RuntimeException closing) {
                capacity.release();
            }
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        notifyAll();
        timer.shutdownNow();
        if (workers != null) {
            workers.shutdownNow();
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String prefix) {
        AtomicLong n = new AtomicLong();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
