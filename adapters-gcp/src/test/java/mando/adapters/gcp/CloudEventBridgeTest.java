package mando.adapters.gcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Base64;
import java.util.List;
import mando.adapters.gcp.testing.CloudEventBridge;
import mando.adapters.gcp.testing.LoopbackDiscord;
import mando.adapters.gcp.testing.LoopbackDiscord.Answer;
import mando.adapters.gcp.testing.PubSubEmulator;
import mando.application.MessageCodec;
import mando.application.contract.ContractFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The test bridge itself: it must post what Eventarc posts, or the end-to-end tests prove nothing. */
final class CloudEventBridgeTest {
    @RegisterExtension
    static final PubSubEmulator EMULATOR = new PubSubEmulator();

    @Test
    void bridge_functionFailsOnce_postsBinaryCloudEventThenRedeliversWithTheNextAttempt() throws Exception {
        String topic = PubSubEmulator.uniqueName("bridged");
        EMULATOR.createTopic(topic);
        EMULATOR.createSubscription(topic + "-sub", topic, 10);
        MessageCodec codec = new MessageCodec();
        try (LoopbackDiscord function = new LoopbackDiscord().answer(Answer.of(500, "boom"));
             PubSubQueues queues = new PubSubQueues(new GcpSettings(PubSubEmulator.PROJECT, topic, topic, null,
                     EMULATOR.hostPort()), codec);
             CloudEventBridge bridge = new CloudEventBridge(EMULATOR, topic, topic + "-sub", function.baseUrl())) {
            queues.publish(ContractFixtures.request(1));

            List<LoopbackDiscord.Request> posts = function.awaitRequests(2, Duration.ofSeconds(30));

            LoopbackDiscord.Request first = posts.get(0);
            assertEquals("POST", first.method());
            assertEquals("1.0", first.header("ce-specversion"));
            assertEquals("google.cloud.pubsub.topic.v1.messagePublished", first.header("ce-type"));
            assertEquals("//pubsub.googleapis.com/projects/mando-test/topics/" + topic, first.header("ce-source"));
            assertEquals("application/json", first.header("Content-Type"));
            String data = Base64.getEncoder().encodeToString(codec.encode(ContractFixtures.request(1)));
            assertTrue(first.body().startsWith("{\"message\":{\"data\":\"" + data + "\",\"attributes\":{},"
                    + "\"messageId\":\"" + first.header("ce-id") + "\",\"publishTime\":\""), first.body());
            assertTrue(first.body().endsWith("\"subscription\":\"projects/mando-test/subscriptions/" + topic
                    + "-sub\",\"deliveryAttempt\":1}"), first.body());
            assertTrue(posts.get(1).body().endsWith("\"deliveryAttempt\":2}"), posts.get(1).body());
            assertEquals(first.header("ce-id"), posts.get(1).header("ce-id"));
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (bridge.acknowledged() < 1 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertEquals(1, bridge.acknowledged());
        }
    }
}
