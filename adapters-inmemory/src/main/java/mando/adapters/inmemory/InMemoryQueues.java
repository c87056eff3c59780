package mando.adapters.inmemory;

import java.util.function.Consumer;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import mando.application.MessageCodec;
import mando.application.QueueMessage;
import mando.domain.MandalaReply;
import mando.domain.MandalaRequest;
import mando.domain.port.ReplyQueue;
import mando.domain.port.RequestQueue;

/**
 * The two queues of the one-process bot. Messages cross them as the same JSON bytes that cross Pub/Sub, so the
 * in-memory mode exercises the real codec. Bootstrap subscribes the use cases with {@link #onRequests} and
 * {@link #onReplies}.
 */
@Singleton
public final class InMemoryQueues implements RequestQueue, ReplyQueue, AutoCloseable {
    private static final int CAPACITY = 100_000;

    private final MessageCodec codec;
    private final InMemoryQueue requests;
    private final InMemoryQueue replies;

    @Inject
    public InMemoryQueues(MessageCodec codec, LocalFaults faults) {
        this(codec, 100, faults.duplicateRate());
    }

    public InMemoryQueues(MessageCodec codec) {
        this(codec, 100, 0);
    }

    /** With a chosen first redelivery delay (it doubles on each attempt), so tests need not wait. */
    public InMemoryQueues(MessageCodec codec, long firstBackoffMillis) {
        this(codec, firstBackoffMillis, 0);
    }

    private InMemoryQueues(MessageCodec codec, long firstBackoffMillis, double duplicateRate) {
        this.codec = codec;
        this.requests = new InMemoryQueue("requests", CAPACITY, QueueMessage.MAX_ATTEMPTS, firstBackoffMillis,
                duplicateRate);
        this.replies = new InMemoryQueue("replies", CAPACITY, QueueMessage.MAX_ATTEMPTS, firstBackoffMillis,
                duplicateRate);
    }

    @Override
    public void publish(MandalaRequest request) {
        requests.publish(codec.encode(request));
    }

    @Override
    public void publish(MandalaReply reply) {
        replies.publish(codec.encode(reply));
    }

    public void onRequests(Consumer<QueueMessage> consumer, int threads) {
        requests.subscribe(consumer, threads);
    }

    public void onReplies(Consumer<QueueMessage> consumer, int threads) {
        replies.subscribe(consumer, threads);
    }

    /** Publishes raw bytes to the requests queue, as a hostile or broken publisher could. */
    public void publishRawRequest(byte[] data) {
        requests.publish(data);
    }

    /** Publishes raw bytes to the replies queue, as a hostile or broken publisher could. */
    public void publishRawReply(byte[] data) {
        replies.publish(data);
    }

    @Override
    public void close() {
        requests.close();
        replies.close();
    }
}
