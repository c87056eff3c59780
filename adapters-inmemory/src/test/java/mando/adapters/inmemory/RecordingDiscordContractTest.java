package mando.adapters.inmemory;

import java.util.List;
import mando.application.contract.DiscordRepliesContract;
import mando.domain.Interaction;
import mando.domain.port.DiscordReplies;

final class RecordingDiscordContractTest extends DiscordRepliesContract {
    private final RecordingDiscord discord = new RecordingDiscord();

    @Override
    protected DiscordReplies discord() {
        return discord;
    }

    @Override
    protected void expire(Interaction interaction) {
        discord.expire(interaction.id());
    }

    @Override
    protected List<?> editsReceived(Interaction interaction) {
        return discord.edits().stream().filter(e -> e.interaction().equals(interaction)).toList();
    }
}
