package mando.adapters.gcp;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import mando.application.AcceptInteraction;
import mando.domain.ApplicationId;
import mando.domain.mandala.Background;
import mando.domain.mandala.MandalaOptions;
import mando.domain.mandala.Palette;
import mando.domain.mandala.Style;
import mando.domain.port.DiscordException;

/**
 * Puts the {@code /mando} command definition to Discord by bulk overwrite, for all servers or for one guild (where a
 * change shows at once, handy while testing). The options and their choices are derived from the domain's ranges and
 * enums, so the command can never offer what the bot refuses.
 */
public final class DiscordCommandRegistrar {
    private static final JsonFactory JSON = new JsonFactory();
    private static final int STRING = 3;
    private static final int INTEGER = 4;
    private static final int BOOLEAN = 5;

    private final DiscordApi api;
    private final DiscordHttp http;

    public DiscordCommandRegistrar(DiscordApi api) {
        this(api, new DiscordHttp());
    }

    DiscordCommandRegistrar(DiscordApi api, DiscordHttp http) {
        this.api = api;
        this.http = http;
    }

    /** Registers the command globally when {@code guildId} is null; throws {@link DiscordException} if refused. */
    public void register(ApplicationId applicationId, BotToken token, String guildId) {
        if (guildId != null && !guildId.matches("[0-9]{1,20}")) {
            throw new IllegalArgumentException("guild id must be 1 to 20 decimal digits");
        }
        String path = "/applications/" + applicationId.value()
                + (guildId == null ? "" : "/guilds/" + guildId) + "/commands";
        HttpRequest.Builder request = HttpRequest.newBuilder(api.resolve(path))
                .header("Authorization", "Bot " + token.value())
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(definition()));
        String what = "register /" + AcceptInteraction.COMMAND
                + (guildId == null ? " globally" : " in guild " + guildId);
        DiscordHttp.Response response = http.send(request, what);
        if (response.status() / 100 != 2) {
            throw new DiscordException(what + ": Discord answered " + response.status() + ": "
                    + response.bodyExcerpt(), null);
        }
    }

    /** The bulk-overwrite body: a JSON array holding the one command. */
    static byte[] definition() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartArray();
            g.writeStartObject();
            g.writeStringField("name", AcceptInteraction.COMMAND);
            g.writeNumberField("type", 1);
            g.writeStringField("description", "Draw a mandala");
            g.writeArrayFieldStart("options");
            integer(g, "seed", "The same seed draws the same mandala", 0, AcceptInteraction.MAX_SEED);
            integer(g, "symmetry", "How many times the pattern repeats around the centre",
                    MandalaOptions.MIN_SYMMETRY, MandalaOptions.MAX_SYMMETRY);
            choices(g, "style", "How the shapes are drawn", Arrays.asList(Style.values()), Style::key);
            choices(g, "palette", "The colours", Arrays.asList(Palette.values()), Palette::key);
            integer(g, "layers", "How many rings of shapes", MandalaOptions.MIN_LAYERS, MandalaOptions.MAX_LAYERS);
            choices(g, "background", "What lies behind the mandala", Arrays.asList(Background.values()),
                    Background::key);
            option(g, BOOLEAN, "open", "Leave a gap: an open mandala");
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void integer(JsonGenerator g, String name, String description, long min, long max)
            throws IOException {
        option(g, INTEGER, name, description);
        g.writeNumberField("min_value", min);
        g.writeNumberField("max_value", max);
        g.writeEndObject();
    }

    private static <E> void choices(JsonGenerator g, String name, String description, List<E> values,
                                    Function<E, String> key) throws IOException {
        option(g, STRING, name, description);
        g.writeArrayFieldStart("choices");
        for (E value : values) {
            g.writeStartObject();
            g.writeStringField("name", key.apply(value));
            g.writeStringField("value", key.apply(value));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void option(JsonGenerator g, int type, String name, String description) throws IOException {
        g.writeStartObject();
        g.writeNumberField("type", type);
        g.writeStringField("name", name);
        g.writeStringField("description", description);
        g.writeBooleanField("required", false);
    }
}
