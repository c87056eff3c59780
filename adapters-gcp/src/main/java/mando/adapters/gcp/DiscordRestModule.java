package mando.adapters.gcp;

import dagger.Binds;
import dagger.Module;
import mando.domain.port.DiscordReplies;

/** Binds {@link DiscordReplies} to Discord's HTTP API. Needs a {@link DiscordApi} bound by the component. */
@Module
public interface DiscordRestModule {
    @Binds
    DiscordReplies discord(DiscordRestClient client);
}
