package mando.bootstrap;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.net.URI;
import java.nio.file.Path;
import mando.adapters.gcp.DiscordApi;
import mando.adapters.gcp.GcpSettings;
import mando.adapters.inmemory.LocalStorage;
import mando.bootstrap.discord.SignatureVerifier;
import mando.bootstrap.discord.SignedRequests;
import mando.domain.ApplicationId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds every Dagger component and asks it for what its entry point uses, so wiring nobody runs in the other
 * tests cannot rot. Building must not touch the network: clients are created on first use.
 */
final class ComponentsTest {
    private static final SignatureVerifier VERIFIER = new SignatureVerifier(SignedRequests.PUBLIC_KEY_HEX);
    private static final GcpSettings GCP = GcpSettings.of("mando-test", "raw-discord-data", "reply-data", "bucket");
    private static final ApplicationId APP = new ApplicationId("1174031232465760316");

    @TempDir
    Path dataDir;

    @Test
    void rawDiscordDataComponent_buildsTheEndpointOnce() {
        RawDiscordDataComponent c = DaggerRawDiscordDataComponent.factory().create(VERIFIER, GCP);
        assertSame(c.endpoint(), c.endpoint());
    }

    @Test
    void imageGeneratorComponent_buildsRenderAndDropCounter() {
        ImageGeneratorComponent c = DaggerImageGeneratorComponent.factory().create(GCP);
        assertSame(c.render(), c.render());
        assertNotNull(c.dropped());
    }

    @Test
    void discordReplyComponent_buildsDeliver() {
        DiscordReplyComponent c = DaggerDiscordReplyComponent.factory()
                .create(APP, new DiscordApi(URI.create("http://127.0.0.1:9/api/v10")));
        assertSame(c.deliver(), c.deliver());
        assertNotNull(c.dropped());
    }

    @Test
    void localComponent_buildsEverythingAndSharesOneQueuePair() {
        LocalComponent c = LocalComponent.create(VERIFIER, APP,
                new LocalStorage(dataDir, URI.create("http://localhost:8080")),
                new DiscordApi(URI.create("http://127.0.0.1:9/api/v10")));
        assertNotNull(c.endpoint());
        assertNotNull(c.render());
        assertNotNull(c.deliver());
        assertSame(c.queues(), c.queues());
        c.queues().close();
    }
}
