package mando.bootstrap;

import dagger.BindsInstance;
import dagger.Component;
import jakarta.inject.Singleton;
import mando.adapters.gcp.GcpAdaptersModule;
import mando.adapters.gcp.GcpSettings;
import mando.bootstrap.discord.InteractionEndpoint;
import mando.bootstrap.discord.SignatureVerifier;

/** Wiring of the {@code raw-discord-data} HTTP function: the endpoint, publishing to Pub/Sub. */
@Singleton
@Component(modules = {EndpointModule.class, GcpAdaptersModule.class})
interface RawDiscordDataComponent {
    InteractionEndpoint endpoint();

    @Component.Factory
    interface Factory {
        RawDiscordDataComponent create(@BindsInstance SignatureVerifier verifier, @BindsInstance GcpSettings gcp);
    }
}
