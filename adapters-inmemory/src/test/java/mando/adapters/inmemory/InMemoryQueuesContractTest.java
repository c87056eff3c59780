package mando.adapters.inmemory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import mando.application.MessageCodec;
import mando.application.QueueMessage;
import mando.application.contract.QueueContract;
import mando.domain.port.ReplyQueue;
import mando.domain.port.RequestQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

final class InMemoryQueuesContractTest extends QueueContract {
    private final InMemoryQueues queues = new InMemoryQueues(new MessageCodec(), 10);
    private final List<QueueMessage> requests = new ArrayList<>();
    private final List<QueueMessage> replies = new ArrayList<>();

    @BeforeEach
    void subscribe() {
        queues.onRequests(m -> received(requests, m), 2);
        queues.onReplies(m -> received(replies, m), 2);
    }

    @AfterEach
    void close() {
        queues.close();
    }

    private synchronized void received(List<QueueMessage> into, QueueMessage message) {
        into.add(message);
        notifyAll();
    }

    private synchronized List<QueueMessage> await(List<QueueMessage> from, int count, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (from.size() < count && System.nanoTime() < deadline) {
            wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        }
        return List.copyOf(from);
    }

    @Override
    protected RequestQueue requestQueue() {
        return queues;
    }

    @Override
    protected ReplyQueue replyQueue() {
        return queues;
    }

    @Override
    protected List<QueueMessage> awaitRequests(int count, Duration timeout) throws InterruptedException {
        return await(requests, count, timeout);
    }

    @Override
    protected List<QueueMessage> awaitReplies(int count, Duration timeout) throws InterruptedException {
        return await(replies, count, timeout);
    }

    @Override
    protected RequestQueue unavailableRequestQueue() {
        InMemoryQueues closed = new InMemoryQueues(new MessageCodec(), 10);
        closed.close();
        return closed;
    }
}
