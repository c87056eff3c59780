package mando.bootstrap;

import dagger.BindsInstance;
import dagger.Component;
import jakarta.inject.Singleton;
import mando.adapters.gcp.DiscordApi;
import mando.adapters.gcp.DiscordRestModule;
import mando.application.DeliverReply;
import mando.application.DroppedMessages;
import mando.domain.ApplicationId;

/** Wiring of the {@code discord-reply} function: edit the original response through Discord's API. */
@Singleton
@Component(modules = {ReplyModule.class, DiscordRestModule.class})
interface DiscordReplyComponent {
    DeliverReply deliver();

    DroppedMessages dropped();

    @Component.Factory
    interface Factory {
        DiscordReplyComponent create(@BindsInstance ApplicationId application, @BindsInstance DiscordApi api);
    }
}
