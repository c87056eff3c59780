package mando.adapters.gcp;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import mando.domain.Interaction;
import mando.domain.MandalaReply;
import mando.domain.port.DiscordException;
import mando.domain.port.DiscordReplies;
import mando.domain.port.InteractionExpiredException;

/** Edits the deferred response through Discord's webhook API ({@code PATCH .../messages/@original}). */
@Singleton
final class DiscordRestClient implements DiscordReplies {
    /** Discord's blurple, so the embed's side bar matches the app. */
    static final int EMBED_COLOR = 0x5865F2;
    private static final JsonFactory JSON = new JsonFactory();

    private final DiscordApi api;
    private final DiscordHttp http;

    @Inject
    DiscordRestClient(DiscordApi api) {
        this(api, new DiscordHttp());
    }

    DiscordRestClient(DiscordApi api, DiscordHttp http) {
        this.api = api;
        this.http = http;
    }

    @Override
    public void editOriginal(MandalaReply reply) {
        Interaction interaction = reply.interaction();
        // Names the work for logs and errors: the URL itself holds the token and must never be shown.
        String what = "interaction " + interaction.id() + ": edit";
        HttpRequest.Builder request = HttpRequest.newBuilder(api.resolve("/webhooks/"
                        + interaction.applicationId().value() + "/" + interaction.token().value()
                        + "/messages/@original"))
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(body(reply)));
        DiscordHttp.Response response = http.send(request, what);
        int status = response.status();
        if (status == 401 || status == 404) {
            throw new InteractionExpiredException(what + ": Discord answered " + status
                    + " (token expired or unknown)");
        }
        if (status / 100 != 2) {
            throw new DiscordException(what + ": Discord answered " + status + ": " + response.bodyExcerpt(), null);
        }
    }

    /** The edit: the image in an embed, or the apology as plain content; mentions never ping anyone. */
    static byte[] body(MandalaReply reply) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            // An empty content is how Discord's API clears the "thinking" text when the answer is an embed.
            g.writeStringField("content", reply.isFailure() ? reply.failure() : "");
            g.writeArrayFieldStart("embeds");
            if (!reply.isFailure()) {
                g.writeStartObject();
                if (!reply.caption().isEmpty()) {
                    g.writeStringField("description", reply.caption());
                }
                g.writeObjectFieldStart("image");
                g.writeStringField("url", reply.imageUrl().toString());
                g.writeEndObject();
                g.writeNumberField("color", EMBED_COLOR);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("allowed_mentions");
            g.writeArrayFieldStart("parse");
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
