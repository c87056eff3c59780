package mando.bootstrap;

import dagger.Module;
import dagger.Provides;
import jakarta.inject.Singleton;
import java.time.Clock;
import mando.application.AcceptInteraction;
import mando.bootstrap.discord.InteractionEndpoint;
import mando.bootstrap.discord.SignatureVerifier;
import mando.domain.port.RequestQueue;

/** The interactions endpoint and its use case. Needs a {@link SignatureVerifier} and a {@link RequestQueue}. */
@Module(includes = MessagesModule.class)
interface EndpointModule {
    @Provides
    @Singleton
    static InteractionEndpoint endpoint(SignatureVerifier verifier, RequestQueue requests) {
        return new InteractionEndpoint(verifier, new AcceptInteraction(requests), Clock.systemUTC());
    }
}
