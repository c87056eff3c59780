package mando.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import mando.domain.Interaction;
import mando.domain.MandalaReply;
import mando.domain.port.DiscordReplies;
import mando.domain.port.InteractionExpiredException;
import org.junit.jupiter.api.Test;

/**
 * The {@link DiscordReplies} contract, as far as it can be seen from outside: an edit reaches Discord once per call,
 * repeating it shows the same message, and an interaction Discord no longer knows fails with
 * {@link InteractionExpiredException}. Subclasses supply the adapter and a view of what "Discord" received.
 */
public abstract class DiscordRepliesContract {
    protected abstract DiscordReplies discord();

    /** Makes Discord forget the interaction, as it does 15 minutes after the command. */
    protected abstract void expire(Interaction interaction);

    /** What Discord received for this interaction, one comparable element per edit, in order. */
    protected abstract List<?> editsReceived(Interaction interaction);

    @Test
    void editOriginal_readyReply_reachesDiscordOnce() {
        discord().editOriginal(ContractFixtures.ready(1));

        assertEquals(1, editsReceived(ContractFixtures.interaction(1)).size());
    }

    @Test
    void editOriginal_sameReplyTwice_showsTheSameMessage() {
        MandalaReply reply = ContractFixtures.failed(2);
        discord().editOriginal(reply);
        discord().editOriginal(reply);

        List<?> edits = editsReceived(ContractFixtures.interaction(2));
        assertEquals(2, edits.size());
        assertEquals(edits.get(0), edits.get(1));
    }

    @Test
    void editOriginal_expiredInteraction_throwsInteractionExpired() {
        expire(ContractFixtures.interaction(3));

        assertThrows(InteractionExpiredException.class, () -> discord().editOriginal(ContractFixtures.ready(3)));
    }

    @Test
    void editOriginal_expiredInteraction_doesNotAffectOthers() {
        expire(ContractFixtures.interaction(4));

        discord().editOriginal(ContractFixtures.ready(5));

        assertEquals(1, editsReceived(ContractFixtures.interaction(5)).size());
    }
}
