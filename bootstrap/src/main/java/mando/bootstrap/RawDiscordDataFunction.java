package mando.bootstrap;

import com.google.cloud.functions.HttpFunction;
import com.google.cloud.functions.HttpRequest;
import com.google.cloud.functions.HttpResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import mando.adapters.gcp.GcpSettings;
import mando.bootstrap.discord.InteractionEndpoint;
import mando.bootstrap.discord.SignatureVerifier;

/**
 * Cloud Function {@code raw-discord-data} (HTTP): Discord's interactions endpoint. It verifies, answers PING, and
 * defers /mando once the request is on the {@code raw-discord-data} topic. On Discord's 3-second clock, so the
 * wiring is built once per instance, on the first request, and the Pub/Sub publisher inside it is reused.
 */
public final class RawDiscordDataFunction implements HttpFunction {
    static {
        JsonLogFormatter.install();
    }

    private static final String PROJECT = System.getenv("GOOGLE_CLOUD_PROJECT");
    private final InteractionEndpoint endpoint;

    public RawDiscordDataFunction() {
        this(Holder.ENDPOINT);
    }

    RawDiscordDataFunction(InteractionEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    /** Built when the class is first used: once per instance, thread-safe by class initialisation. */
    private static final class Holder {
        static final InteractionEndpoint ENDPOINT = DaggerRawDiscordDataComponent.factory()
                .create(new SignatureVerifier(new Env(System.getenv()).required("DISCORD_PUBLIC_KEY",
                        "the application's public key (hex) from the Discord developer portal")),
                        GcpSettings.fromEnv(System.getenv()))
                .endpoint();
    }

    @Override
    public void service(HttpRequest request, HttpResponse response) throws IOException {
        InteractionEndpoint.Response answer;
        if (request.getContentLength() > InteractionEndpoint.MAX_BODY_BYTES) {
            answer = InteractionEndpoint.tooLarge();
        } else {
            // One byte past the bound is enough to know the body is too large; nothing more is read.
            byte[] body = "POST".equals(request.getMethod())
                    ? request.getInputStream().readNBytes(InteractionEndpoint.MAX_BODY_BYTES + 1) : new byte[0];
            answer = JsonLogFormatter.withTrace(PROJECT, request.getFirstHeader("X-Cloud-Trace-Context").orElse(null),
                    () -> endpoint.handle(request.getMethod(),
                            request.getFirstHeader("X-Signature-Ed25519").orElse(null),
                            request.getFirstHeader("X-Signature-Timestamp").orElse(null), body, body.length));
        }
        response.setStatusCode(answer.status());
        response.setContentType("application/json");
        if (answer.status() == 405) {
            response.appendHeader("Allow", "POST");
        }
        try (OutputStream out = response.getOutputStream()) {
            out.write(answer.body().getBytes(StandardCharsets.UTF_8));
        }
    }
}
