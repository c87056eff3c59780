package mando.bootstrap;

import dagger.BindsInstance;
import dagger.Component;
import jakarta.inject.Singleton;
import mando.adapters.gcp.DiscordApi;
import mando.adapters.gcp.DiscordRestModule;
import mando.adapters.inmemory.InMemoryQueues;
import mando.adapters.inmemory.LocalAdaptersModule;
import mando.adapters.inmemory.LocalStorage;
import mando.application.DeliverReply;
import mando.application.DroppedMessages;
import mando.application.RenderMandala;
import mando.bootstrap.discord.InteractionEndpoint;
import mando.bootstrap.discord.SignatureVerifier;
import mando.domain.ApplicationId;

/** The whole bot in one process ({@code mando.jar local}): in-memory queues, images as files, the real Discord client. */
@Singleton
@Component(modules = {EndpointModule.class, GeneratorModule.class, ReplyModule.class, LocalAdaptersModule.class,
        DiscordRestModule.class})
public interface LocalComponent {
    InteractionEndpoint endpoint();

    RenderMandala render();

    DeliverReply deliver();

    InMemoryQueues queues();

    DroppedMessages dropped();

    @Component.Factory
    interface Factory {
        LocalComponent create(@BindsInstance SignatureVerifier verifier, @BindsInstance ApplicationId application,
                              @BindsInstance LocalStorage storage, @BindsInstance DiscordApi discordApi);
    }

    static LocalComponent create(SignatureVerifier verifier, ApplicationId application, LocalStorage storage,
                                 DiscordApi discordApi) {
        return DaggerLocalComponent.factory().create(verifier, application, storage, discordApi);
    }
}
