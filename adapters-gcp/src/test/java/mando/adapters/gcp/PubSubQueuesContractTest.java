package mando.adapters.gcp;

import com.google.pubsub.v1.ReceivedMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import mando.adapters.gcp.testing.PubSubEmulator;
import mando.application.MessageCodec;
import mando.application.QueueMessage;
import mando.application.contract.QueueContract;
import mando.domain.port.ReplyQueue;
import mando.domain.port.RequestQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

final class PubSubQueuesContractTest extends QueueContract {
    @RegisterExtension
    static final PubSubEmulator EMULATOR = new PubSubEmulator();

    private final List<QueueMessage> requests = new ArrayList<>();
    private final List<QueueMessage> replies = new ArrayList<>();
    private final List<PubSubQueues> opened = new ArrayList<>();
    private String requestsSubscription;
    private String repliesSubscription;
    private PubSubQueues queues;

    @BeforeEach
    void createTopics() {
        String requestsTopic = PubSubEmulator.uniqueName("requests");
        String repliesTopic = PubSubEmulator.uniqueName("replies");
        requestsSubscription = requestsTopic + "-sub";
        repliesSubscription = repliesTopic + "-sub";
        EMULATOR.createTopic(requestsTopic);
        EMULATOR.createTopic(repliesTopic);
        EMULATOR.createSubscription(requestsSubscription, requestsTopic, 60);
        EMULATOR.createSubscription(repliesSubscription, repliesTopic, 60);
        queues = open(requestsTopic, repliesTopic);
    }

    @AfterEach
    void close() {
        opened.forEach(PubSubQueues::close);
    }

    private PubSubQueues open(String requestsTopic, String repliesTopic) {
        PubSubQueues q = new PubSubQueues(new GcpSettings(PubSubEmulator.PROJECT, requestsTopic, repliesTopic, null,
                EMULATOR.hostPort()), new MessageCodec(), Duration.ofSeconds(20), Duration.ofSeconds(20));
        opened.add(q);
        return q;
    }

    private List<QueueMessage> await(String subscription, List<QueueMessage> into, int count, Duration timeout) {
        for (ReceivedMessage m : EMULATOR.pull(subscription, count - into.size(), timeout, true)) {
            into.add(new QueueMessage(m.getMessage().getData().toByteArray(), m.getMessage().getMessageId(),
                    m.getDeliveryAttempt()));
        }
        return List.copyOf(into);
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
    protected List<QueueMessage> awaitRequests(int count, Duration timeout) {
        return await(requestsSubscription, requests, count, timeout);
    }

    @Override
    protected List<QueueMessage> awaitReplies(int count, Duration timeout) {
        return await(repliesSubscription, replies, count, timeout);
    }

    @Override
    protected RequestQueue unavailableRequestQueue() {
        return open(PubSubEmulator.uniqueName("no-such-topic"), PubSubEmulator.uniqueName("no-such-topic"));
    }
}
