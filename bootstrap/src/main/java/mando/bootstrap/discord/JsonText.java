package mando.bootstrap.discord;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Writes one small JSON object with Jackson's streaming generator: the answers we send and the samples we make. */
final class JsonText {
    private static final JsonFactory JSON = new JsonFactory();

    /** The fields of the object, written in order. */
    interface Fields {
        void write(JsonGenerator g) throws IOException;
    }

    private JsonText() {}

    static byte[] object(Fields fields) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            fields.write(g);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
