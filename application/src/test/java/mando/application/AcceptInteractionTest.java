package mando.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import mando.domain.InteractionId;
import mando.domain.MandalaRequest;
import mando.domain.mandala.Palette;
import mando.domain.mandala.Style;
import mando.domain.port.QueueException;
import org.junit.jupiter.api.Test;

final class AcceptInteractionTest {
    private final List<MandalaRequest> queued = new ArrayList<>();
    private final AcceptInteraction accept = new AcceptInteraction(queued::add);

    private static SlashCommand mando(SlashCommand.Option... options) {
        return new SlashCommand(Fixtures.interaction(), "mando", List.of(options));
    }

    @Test
    void accept_plainMando_queuesAndDefers() {
        assertInstanceOf(Acceptance.Deferred.class, accept.accept(mando()));
        assertEquals(1, queued.size());
        assertEquals(AcceptInteraction.seedFor(Fixtures.interaction().id()), queued.get(0).options().seed());
    }

    @Test
    void accept_allOptions_areCarriedToTheQueue() {
        accept.accept(mando(new SlashCommand.Option("seed", 12L), new SlashCommand.Option("symmetry", 8L),
                new SlashCommand.Option("style", "line"), new SlashCommand.Option("palette", "magma"),
                new SlashCommand.Option("layers", 4L)));
        var options = queued.get(0).options();
        assertEquals(12, options.seed());
        assertEquals(8, options.symmetry());
        assertEquals(Style.LINE, options.style());
        assertEquals(Palette.MAGMA, options.palette());
        assertEquals(4, options.layers());
    }

    @Test
    void accept_unknownCommand_answersEphemerallyWithoutQueueing() {
        Acceptance a = accept.accept(new SlashCommand(Fixtures.interaction(), "other", List.of()));
        assertEquals(new Acceptance.Ephemeral("I only know /mando."), a);
        assertTrue(queued.isEmpty());
    }

    @Test
    void accept_outOfRangeOption_saysWhatIsAllowed() {
        Acceptance a = accept.accept(mando(new SlashCommand.Option("symmetry", 99L)));
        assertEquals(new Acceptance.Ephemeral("Can't draw that: symmetry must be a whole number from 2 to 32."), a);
        assertTrue(queued.isEmpty());
    }

    @Test
    void accept_wrongOptionType_saysWhatIsAllowed() {
        Acceptance a = accept.accept(mando(new SlashCommand.Option("seed", "twelve")));
        assertInstanceOf(Acceptance.Ephemeral.class, a);
        assertTrue(((Acceptance.Ephemeral) a).message().contains("seed must be a whole number"));
    }

    @Test
    void accept_unknownStyle_listsTheStyles() {
        Acceptance a = accept.accept(mando(new SlashCommand.Option("style", "glitter")));
        assertTrue(((Acceptance.Ephemeral) a).message().contains("style must be one of line, fill"), a.toString());
    }

    @Test
    void accept_unknownOptionWithOddName_doesNotEchoIt() {
        Acceptance a = accept.accept(mando(new SlashCommand.Option("@everyone <script>", 1L)));
        String message = ((Acceptance.Ephemeral) a).message();
        assertTrue(message.contains("unknown option '?'"), message);
    }

    @Test
    void accept_queueDown_apologisesInsteadOfDeferring() {
        AcceptInteraction failing = new AcceptInteraction(r -> {
            throw new QueueException("down", null);
        });
        assertEquals(new Acceptance.Ephemeral(AcceptInteraction.QUEUE_APOLOGY), failing.accept(mando()));
    }

    @Test
    void seedFor_sameInteraction_sameSeed_differentInteraction_differentSeed() {
        long a = AcceptInteraction.seedFor(new InteractionId("1174031232465760317"));
        assertEquals(a, AcceptInteraction.seedFor(new InteractionId("1174031232465760317")));
        assertTrue(a != AcceptInteraction.seedFor(new InteractionId("1174031232465760318")));
        assertTrue(a >= 0 && a <= AcceptInteraction.MAX_SEED);
    }
}
