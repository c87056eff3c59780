package mando.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import mando.application.MessageCodec;
import mando.application.QueueMessage;
import mando.domain.MandalaReply;
import mando.domain.MandalaRequest;
import mando.domain.port.QueueException;
import mando.domain.port.ReplyQueue;
import mando.domain.port.RequestQueue;
import org.junit.jupiter.api.Test;

/**
 * The {@link RequestQueue} and {@link ReplyQueue} contract, run against every adapter: what is published arrives as
 * the codec's bytes, with a message id and an attempt number; publishing is thread-safe; a queue that cannot take a
 * message throws {@link QueueException}. Delivery is at least once, so the checks tolerate duplicates.
 */
public abstract class QueueContract {
    protected static final Duration WAIT = Duration.ofSeconds(30);
    private final MessageCodec codec = new MessageCodec();

    protected abstract RequestQueue requestQueue();

    protected abstract ReplyQueue replyQueue();

    /** Waits until at least {@code count} deliveries arrived from the requests queue; returns all so far. */
    protected abstract List<QueueMessage> awaitRequests(int count, Duration timeout) throws Exception;

    /** Waits until at least {@code count} deliveries arrived from the replies queue; returns all so far. */
    protected abstract List<QueueMessage> awaitReplies(int count, Duration timeout) throws Exception;

    /** A request queue that cannot accept anything (closed, or its topic does not exist). */
    protected abstract RequestQueue unavailableRequestQueue();

    @Test
    void publish_request_isDeliveredAsTheCodecsBytesWithIdAndFirstAttempt() throws Exception {
        MandalaRequest request = ContractFixtures.request(1);
        requestQueue().publish(request);

        QueueMessage message = awaitRequests(1, WAIT).get(0);
        assertEquals(request, codec.decodeRequest(message.data()));
        assertFalse(message.messageId().isEmpty());
        assertEquals(1, message.attempt());
    }

    @Test
    void publish_readyAndFailedReplies_areDeliveredAsTheCodecsBytes() throws Exception {
        MandalaReply ready = ContractFixtures.ready(2);
        MandalaReply failed = ContractFixtures.failed(3);
        replyQueue().publish(ready);
        replyQueue().publish(failed);

        Set<MandalaReply> delivered = new java.util.HashSet<>();
        for (QueueMessage m : awaitReplies(2, WAIT)) {
            delivered.add(codec.decodeReply(m.data()));
        }
        assertEquals(Set.of(ready, failed), delivered);
    }

    @Test
    void publish_fromManyThreadsAtOnce_deliversEveryMessageUnderItsOwnId() throws Exception {
        int count = 40;
        RequestQueue queue = requestQueue();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                MandalaRequest request = ContractFixtures.request(100 + i);
                sent.add(pool.submit(() -> queue.publish(request)));
            }
            for (Future<?> f : sent) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }

        Set<String> interactions = new TreeSet<>();
        Set<String> messageIds = new TreeSet<>();
        for (QueueMessage m : awaitRequests(count, WAIT)) {
            interactions.add(codec.decodeRequest(m.data()).interaction().id().value());
            messageIds.add(m.messageId());
        }
        assertEquals(count, interactions.size());
        assertEquals(count, messageIds.size(), "a redelivery keeps its id, so distinct messages have distinct ids");
    }

    @Test
    void publish_queueCannotAccept_throwsQueueException() {
        RequestQueue queue = unavailableRequestQueue();

        QueueException e = assertThrows(QueueException.class, () -> queue.publish(ContractFixtures.request(4)));
        assertTrue(e.getMessage() != null && !e.getMessage().contains("contract-token"), e.getMessage());
    }
}
