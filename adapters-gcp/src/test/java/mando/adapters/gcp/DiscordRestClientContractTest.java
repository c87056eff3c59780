package mando.adapters.gcp;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import mando.adapters.gcp.testing.LoopbackDiscord;
import mando.application.contract.DiscordRepliesContract;
import mando.domain.Interaction;
import mando.domain.port.DiscordReplies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

final class DiscordRestClientContractTest extends DiscordRepliesContract {
    private LoopbackDiscord server;
    private DiscordRestClient client;

    @BeforeEach
    void start() throws IOException {
        server = new LoopbackDiscord();
        client = new DiscordRestClient(new DiscordApi(server.baseUrl()),
                new DiscordHttp(Duration.ofSeconds(5), d -> { }));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Override
    protected DiscordReplies discord() {
        return client;
    }

    @Override
    protected void expire(Interaction interaction) {
        server.forget(interaction.token().value());
    }

    @Override
    protected List<?> editsReceived(Interaction interaction) {
        String webhook = "/webhooks/" + interaction.applicationId() + "/" + interaction.token().value() + "/";
        return server.requests().stream()
                .filter(r -> r.path().contains(webhook))
                .map(r -> r.method() + " " + r.body())
                .toList();
    }
}
