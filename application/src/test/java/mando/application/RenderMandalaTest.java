package mando.application;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mando.domain.MandalaReply;
import mando.domain.MandalaRequest;
import mando.domain.mandala.MandalaOptions;
import mando.domain.mandala.MandalaRenderer;
import mando.domain.port.ImageStore;
import mando.domain.port.ImageStoreException;
import org.junit.jupiter.api.Test;

final class RenderMandalaTest {
    private final MessageCodec codec = new MessageCodec();
    private final DroppedMessages dropped = new DroppedMessages();
    private final Map<String, byte[]> stored = new HashMap<>();
    private final List<MandalaReply> replies = new ArrayList<>();
    private final ImageStore store = (name, png) -> {
        stored.put(name, png);
        return URI.create("https://images.test/" + name);
    };
    private final MandalaRequest request =
            new MandalaRequest(Fixtures.interaction(), MandalaOptions.ofSeed(5));

    private RenderMandala render(ImageStore images) {
        return new RenderMandala(new MandalaRenderer(), images, replies::add, codec, dropped, 128, 3);
    }

    @Test
    void onMessage_validRequest_storesPngAndQueuesReady() {
        render(store).onMessage(new QueueMessage(codec.encode(request), "m1", 1));
        byte[] png = stored.get("1174031232465760317.png");
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(png, 4));
        assertEquals(List.of(MandalaReply.ready(Fixtures.interaction(),
                URI.create("https://images.test/1174031232465760317.png"), "seed 5")), replies);
    }

    @Test
    void render_twice_storesTheSameBytesUnderTheSameName() {
        RenderMandala r = render(store);
        r.render(request, 1);
        byte[] first = stored.get(request.imageName());
        r.render(request, 2);
        assertArrayEquals(first, stored.get(request.imageName()));
        assertEquals(1, stored.size());
        assertEquals(replies.get(0), replies.get(1));
    }

    @Test
    void render_storeFailsBeforeLastAttempt_throwsForRedelivery() {
        ImageStore failing = (name, png) -> {
            throw new ImageStoreException("disk full", null);
        };
        assertThrows(ImageStoreException.class, () -> render(failing).render(request, 2));
        assertTrue(replies.isEmpty());
    }

    @Test
    void render_storeFailsOnLastAttempt_tellsTheUser() {
        ImageStore failing = (name, png) -> {
            throw new ImageStoreException("disk full", null);
        };
        render(failing).render(request, 3);
        assertEquals(List.of(MandalaReply.failed(Fixtures.interaction(), RenderMandala.FAILURE)), replies);
    }

    @Test
    void onMessage_garbage_isDroppedAndCounted() {
        render(store).onMessage(new QueueMessage("{\"v\":9}".getBytes(StandardCharsets.UTF_8), "m2", 1));
        assertEquals(1, dropped.count());
        assertTrue(stored.isEmpty() && replies.isEmpty());
    }
}
