package mando.bootstrap;

import com.google.cloud.functions.HttpFunction;
import com.google.cloud.functions.HttpRequest;
import com.google.cloud.functions.HttpResponse;
import java.io.IOException;
import java.io.InputStream;
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
            byte[] body = new byte[InteractionEndpoint.MAX_BODY_BYTES + 1];
            int length = "POST".equals(request.getMethod()) ? readAtMost(request.getInputStream(), body) : 0;
            answer = endpoint.handle(request.getMethod(),
                    request.getFirstHeader("X-Signature-Ed25519").orElse(null),
                    request.getFirstHeader("X-Signature-Timestamp").orElse(null), body, length);
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

    private static int readAtMost(InputStream in, byte[] buffer) throws IOException {
        int total = 0;
        int n;
        while (total < buffer.length && (n = in.read(buffer, total, buffer.length - total)) > 0) {
            total += n;
        }
        return total;
    }
}
