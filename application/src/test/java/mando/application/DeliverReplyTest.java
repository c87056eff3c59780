package mando.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import mando.domain.ApplicationId;
import mando.domain.Interaction;
import mando.domain.InteractionId;
import mando.domain.InteractionToken;
import mando.domain.MandalaReply;
import mando.domain.port.DiscordException;
import mando.domain.port.DiscordReplies;
import mando.domain.port.InteractionExpiredException;
import org.junit.jupiter.api.Test;

final class DeliverReplyTest {
    private final MessageCodec codec = new MessageCodec();
    private final DroppedMessages dropped = new DroppedMessages();
    private final List<MandalaReply> edits = new ArrayList<>();
    private final MandalaReply reply =
            MandalaReply.ready(Fixtures.interaction(), URI.create("https://images.test/1.png"), "seed 1");

    private DeliverReply deliver(DiscordReplies discord) {
        return new DeliverReply(Fixtures.APP, discord, codec, dropped, 3);
    }

    private QueueMessage message(MandalaReply r, int attempt) {
        return new QueueMessage(codec.encode(r), "m", attempt);
    }

    @Test
    void onMessage_validReply_editsTheResponse() {
        deliver(edits::add).onMessage(message(reply, 1));
        assertEquals(List.of(reply), edits);
        assertEquals(0, dropped.count());
    }

    @Test
    void onMessage_expiredInteraction_isDroppedNotRetried() {
        deliver(r -> {
            throw new InteractionExpiredException("404");
        }).onMessage(message(reply, 1));
        assertEquals(1, dropped.count());
    }

    @Test
    void onMessage_discordDownBeforeLastAttempt_throwsForRedelivery() {
        DeliverReply d = deliver(r -> {
            throw new DiscordException("502", null);
        });
        assertThrows(DiscordException.class, () -> d.onMessage(message(reply, 2)));
        assertEquals(0, dropped.count());
    }

    @Test
    void onMessage_discordDownOnLastAttempt_isDroppedAndCounted() {
        deliver(r -> {
            throw new DiscordException("502", null);
        }).onMessage(message(reply, 3));
        assertEquals(1, dropped.count());
    }

    @Test
    void onMessage_replyForAnotherApplication_isDropped() {
        Interaction foreign = new Interaction(new InteractionId("5"), new ApplicationId("6"),
                new InteractionToken("abc"));
        deliver(edits::add).onMessage(message(MandalaReply.failed(foreign, "x"), 1));
        assertEquals(List.of(), edits);
        assertEquals(1, dropped.count());
    }
}
