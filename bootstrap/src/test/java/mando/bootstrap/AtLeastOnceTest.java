package mando.bootstrap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mando.adapters.gcp.DiscordApi;
import mando.adapters.inmemory.InMemoryQueues;
import mando.adapters.inmemory.MemoryImageStore;
import mando.application.AcceptInteraction;
import mando.application.Acceptance;
import mando.application.DeliverReply;
import mando.application.DroppedMessages;
import mando.application.MessageCodec;
import mando.application.QueueMessage;
import mando.application.RenderMandala;
import mando.application.SlashCommand;
import mando.bootstrap.discord.SampleInteractions;
import mando.bootstrap.local.LoopbackDiscord;
import mando.domain.ApplicationId;
import mando.domain.Interaction;
import mando.domain.InteractionId;
import mando.domain.InteractionToken;
import mando.domain.MandalaReply;
import mando.domain.mandala.MandalaRenderer;
import mando.domain.port.ImageStore;
import mando.domain.port.QueueException;
import mando.domain.port.ReplyQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Pub/Sub may deliver any message twice and a step may die half-way. Through the real queues' redelivery and the
 * real Discord client against a loopback Discord: duplicates give one stored object and one visible answer, and a
 * half-done step is finished by its redelivery.
 */
final class AtLeastOnceTest {
    private static final ApplicationId APP = new ApplicationId("1174031232465760316");

    private final MessageCodec codec = new MessageCodec();
    private DroppedMessages dropped;
    private final Map<String, AtomicInteger> writes = new ConcurrentHashMap<>();
    private final MemoryImageStore memory = new MemoryImageStore(URI.create("https://images.test"));
    private final ImageStore images = (name, png) -> {
        writes.computeIfAbsent(name, n -> new AtomicInteger()).incrementAndGet();
        return memory.store(name, png);
    };
    private LoopbackDiscord discord;
    private InMemoryQueues queues;
    private DeliverReply deliver;

    @BeforeEach
    void start() throws Exception {
        discord = LoopbackDiscord.start();
        queues = new InMemoryQueues(codec, 5);
        DiscordReplyComponent component = DaggerDiscordReplyComponent.factory()
                .create(APP, new DiscordApi(discord.baseUrl()));
        deliver = component.deliver();
        dropped = component.dropped();
    }

    @AfterEach
    void stop() {
        queues.close();
        discord.close();
    }

    private RenderMandala render(ReplyQueue replies) {
        return new RenderMandala(new MandalaRenderer(), images, replies, codec, dropped, 128,
                QueueMessage.MAX_ATTEMPTS);
    }

    private static Interaction interaction() {
        return new Interaction(new InteractionId(SampleInteractions.snowflake()), APP,
                new InteractionToken(SampleInteractions.token()));
    }

    private List<Interaction> send(int count) {
        AcceptInteraction accept = new AcceptInteraction(queues);
        List<Interaction> sent = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Interaction interaction = interaction();
            assertEquals(new Acceptance.Deferred(),
                    accept.accept(new SlashCommand(interaction, "mando", List.of())));
            sent.add(interaction);
        }
        return sent;
    }

    private List<LoopbackDiscord.Received> editsOf(Interaction interaction) throws InterruptedException {
        assertNotNull(discord.awaitEdit(interaction.token().value(), 30, TimeUnit.SECONDS));
        return discord.edits().stream().filter(e -> e.token().equals(interaction.token().value())).toList();
    }

    @Test
    void everyMessageDeliveredTwice_oneStoredObjectAndOneVisibleAnswerEach() throws Exception {
        RenderMandala render = render(queues);
        queues.onRequests(m -> {
            render.onMessage(m);
            render.onMessage(m);
        }, 2);
        queues.onReplies(m -> {
            deliver.onMessage(m);
            deliver.onMessage(m);
        }, 2);
        List<Interaction> sent = send(10);
        for (Interaction interaction : sent) {
            List<LoopbackDiscord.Received> edits = editsOf(interaction);
            // The edit replaces the one original response: the same body twice leaves one visible message.
            assertTrue(edits.stream().map(LoopbackDiscord.Received::body).distinct().count() == 1, edits.toString());
            String name = interaction.id().value() + ".png";
            assertTrue(edits.get(0).body().contains("https://images.test/" + name), edits.get(0).body());
        }
        // Every edit, the duplicates' too, before counting: a loaded machine may still have some in flight.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (discord.edits().size() < 40 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        Thread.sleep(100);
        assertEquals(10, memory.size());
        // Each request rendered twice publishes two replies, each delivered twice: four identical edits.
        assertEquals(40, discord.edits().size());
        writes.values().forEach(n -> assertEquals(2, n.get()));
        assertEquals(0, dropped.count());
    }

    @Test
    void renderCrashesAfterStoringBeforePublishing_redeliveryFinishesIt() throws Exception {
        AtomicInteger publishes = new AtomicInteger();
        ReplyQueue crashingOnce = reply -> {
            if (publishes.getAndIncrement() == 0) {
                throw new QueueException("process died after storing the image", null);
            }
            queues.publish(reply);
        };
        RenderMandala render = render(crashingOnce);
        queues.onRequests(render::onMessage, 1);
        queues.onReplies(deliver::onMessage, 1);
        Interaction interaction = send(1).get(0);

        List<LoopbackDiscord.Received> edits = editsOf(interaction);
        assertEquals(1, edits.size());
        String name = interaction.id().value() + ".png";
        assertEquals(2, writes.get(name).get(), "stored on the failed attempt and again on the redelivery");
        assertArrayEquals(memory.get(name).orElseThrow(), new MandalaRenderer().png(
                mando.domain.mandala.MandalaOptions.ofSeed(AcceptInteraction.seedFor(interaction.id())), 128));
    }

    @Test
    void discordFailsTwice_redeliveryEditsOnce() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        discord.respondWith(request -> calls.incrementAndGet() <= 2 ? 503 : 200);
        RenderMandala render = render(queues);
        queues.onRequests(render::onMessage, 1);
        queues.onReplies(deliver::onMessage, 1);
        Interaction interaction = send(1).get(0);
        assertEquals(1, editsOf(interaction).size());
        assertEquals(0, dropped.count());
    }

    @Test
    void replyForExpiredInteraction_isGivenUpAtOnce() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        discord.respondWith(request -> {
            calls.incrementAndGet();
            return 404;
        });
        queues.onReplies(deliver::onMessage, 1);
        queues.publish(MandalaReply.failed(interaction(), "Sorry."));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (dropped.count() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(1, dropped.count());
        Thread.sleep(100);
        assertEquals(1, calls.get(), "a 404 means the token is gone: no retry");
    }
}
