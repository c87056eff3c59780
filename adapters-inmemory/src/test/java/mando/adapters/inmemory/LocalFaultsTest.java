package mando.adapters.inmemory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mando.application.MessageCodec;
import mando.application.QueueMessage;
import mando.domain.ApplicationId;
import mando.domain.Interaction;
import mando.domain.InteractionId;
import mando.domain.InteractionToken;
import mando.domain.MandalaReply;
import mando.domain.port.ImageStore;
import mando.domain.port.ImageStoreException;
import org.junit.jupiter.api.Test;

final class LocalFaultsTest {
    @Test
    void parse_bothParts_readsBothRates() {
        assertEquals(new LocalFaults(0.05, 0.1), LocalFaults.parse("store=0.05, duplicate=0.1"));
        assertEquals(LocalFaults.NONE, LocalFaults.parse(" "));
        assertEquals(new LocalFaults(0, 0.5), LocalFaults.parse("duplicate=0.5"));
    }

    @Test
    void parse_badSpecs_sayWhatIsWrong() {
        assertThrows(IllegalArgumentException.class, () -> LocalFaults.parse("store"));
        assertThrows(IllegalArgumentException.class, () -> LocalFaults.parse("store=lots"));
        assertThrows(IllegalArgumentException.class, () -> LocalFaults.parse("store=1.5"));
        assertThrows(IllegalArgumentException.class, () -> LocalFaults.parse("disk=0.1"));
    }

    @Test
    void images_withFailureRateOne_everyWriteFails() {
        ImageStore store = LocalAdaptersModule.images(null, new LocalFaults(1, 0));
        assertThrows(ImageStoreException.class, () -> store.store("1.png", new byte[1]));
    }

    @Test
    void queues_withDuplicateRateOne_deliverEveryMessageTwice() throws InterruptedException {
        List<QueueMessage> delivered = new CopyOnWriteArrayList<>();
        try (InMemoryQueues queues = new InMemoryQueues(new MessageCodec(), new LocalFaults(0, 1))) {
            queues.onReplies(delivered::add, 1);
            queues.publish(MandalaReply.ready(new Interaction(new InteractionId("1"), new ApplicationId("2"),
                    new InteractionToken("t")), URI.create("https://x.test/1.png"), ""));
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (delivered.size() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
        }
        assertEquals(2, delivered.size());
        assertEquals(delivered.get(0).messageId(), delivered.get(1).messageId());
    }
}
