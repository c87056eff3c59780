package mando.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import mando.domain.ApplicationId;
import mando.domain.Interaction;
import mando.domain.InteractionId;
import mando.domain.InteractionToken;
import mando.domain.MandalaRequest;
import mando.domain.mandala.MandalaOptions;
import org.junit.jupiter.api.Test;

/** The {@code open} option (open mandalas) from the slash command through the queue message. */
final class OpenMandalaOptionTest {
    private static final Interaction INTERACTION = new Interaction(new InteractionId("1234567890123456789"),
            new ApplicationId("987654321098765432"), new InteractionToken("token-abc"));

    private final List<MandalaRequest> queued = new ArrayList<>();
    private final AcceptInteraction accept = new AcceptInteraction(queued::add);

    @Test
    void accept_openTrue_queuesAnOpenMandala() {
        Acceptance answer = accept.accept(command(new SlashCommand.Option("open", true)));

        assertEquals(new Acceptance.Deferred(), answer);
        assertEquals(Boolean.TRUE, queued.get(0).options().open());
    }

    @Test
    void accept_openNotABoolean_saysWhatIsAllowed() {
        Acceptance answer = accept.accept(command(new SlashCommand.Option("open", "yes")));

        assertEquals(new Acceptance.Ephemeral("Can't draw that: open must be true or false."), answer);
        assertEquals(List.of(), queued);
    }

    @Test
    void codec_openOption_survivesTheQueue() {
        MessageCodec codec = new MessageCodec();
        MandalaRequest open = new MandalaRequest(INTERACTION, new MandalaOptions(5, 6, null, null, null, null, true));
        MandalaRequest closed = new MandalaRequest(INTERACTION, MandalaOptions.ofSeed(5));

        assertEquals(Boolean.TRUE, codec.decodeRequest(codec.encode(open)).options().open());
        assertNull(codec.decodeRequest(codec.encode(closed)).options().open());
    }

    private static SlashCommand command(SlashCommand.Option option) {
        return new SlashCommand(INTERACTION, "mando", List.of(new SlashCommand.Option("seed", 5L), option));
    }
}
