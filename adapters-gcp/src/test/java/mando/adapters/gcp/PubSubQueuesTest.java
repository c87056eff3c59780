package mando.adapters.gcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import mando.adapters.gcp.testing.PubSubEmulator;
import mando.application.MessageCodec;
import mando.application.contract.ContractFixtures;
import mando.domain.port.QueueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

final class PubSubQueuesTest {
    @RegisterExtension
    static final PubSubEmulator EMULATOR = new PubSubEmulator();

    @Test
    void publish_afterClose_throwsQueueExceptionAndSendsNothing() {
        String topic = PubSubEmulator.uniqueName("closed");
        EMULATOR.createTopic(topic);
        EMULATOR.createSubscription(topic + "-sub", topic, 10);
        PubSubQueues queues = new PubSubQueues(new GcpSettings(PubSubEmulator.PROJECT, topic, topic, null,
                EMULATOR.hostPort()), new MessageCodec());
        queues.publish(ContractFixtures.request(1));
        queues.close();

        assertThrows(QueueException.class, () -> queues.publish(ContractFixtures.request(2)));
        assertEquals(1, EMULATOR.pull(topic + "-sub", 2, java.time.Duration.ofSeconds(2), true).size());
    }

    @Test
    void fromEnv_onlyProjectSet_usesTheDeployScriptsTopicNamesAndNoEmulator() {
        GcpSettings settings = GcpSettings.fromEnv(Map.of("GOOGLE_CLOUD_PROJECT", "my-project"));

        assertEquals(GcpSettings.of("my-project", "raw-discord-data", "reply-data", null), settings);
        assertNull(settings.pubsubEmulatorHost());
        assertThrows(IllegalStateException.class, settings::requireBucket);
    }

    @Test
    void fromEnv_everythingSet_takesEveryValue() {
        GcpSettings settings = GcpSettings.fromEnv(Map.of("GOOGLE_CLOUD_PROJECT", "p", "MANDO_REQUESTS_TOPIC", "rq",
                "MANDO_REPLIES_TOPIC", "rp", "MANDO_BUCKET", "b", "PUBSUB_EMULATOR_HOST", "127.0.0.1:8085"));

        assertEquals(new GcpSettings("p", "rq", "rp", "b", "127.0.0.1:8085"), settings);
    }

    @Test
    void fromEnv_noProject_failsNamingTheVariable() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GcpSettings.fromEnv(Map.of("MANDO_BUCKET", "b")));

        assertEquals("project id (GOOGLE_CLOUD_PROJECT) must be set", e.getMessage());
    }
}
