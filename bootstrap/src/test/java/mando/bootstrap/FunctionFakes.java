package mando.bootstrap;

import com.google.cloud.functions.HttpRequest;
import com.google.cloud.functions.HttpResponse;
import io.cloudevents.CloudEvent;
import io.cloudevents.CloudEventData;
import io.cloudevents.SpecVersion;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** The Functions Framework's request, response and CloudEvent, as plain objects, for calling entry points in tests. */
final class FunctionFakes {
    private FunctionFakes() {}

    /** An HTTP request as the Functions Framework hands it over; header names are case-insensitive, as there. */
    static final class Request implements HttpRequest {
        private final String method;
        private final byte[] body;
        private final InputStream stream;
        private final long declaredLength;
        private final Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

        Request(String method, byte[] body, Map<String, String> headers) {
            this(method, body, body.length, headers);
        }

        Request(String method, byte[] body, long declaredLength, Map<String, String> headers) {
            this(method, body, null, declaredLength, headers);
        }

        /** A request whose body is this stream, of unknown length (chunked), as one that never ends. */
        Request(String method, InputStream stream, Map<String, String> headers) {
            this(method, null, stream, -1, headers);
        }

        private Request(String method, byte[] body, InputStream stream, long declaredLength,
                        Map<String, String> headers) {
            this.method = method;
            this.body = body;
            this.stream = stream;
            this.declaredLength = declaredLength;
            headers.forEach((k, v) -> this.headers.put(k, List.of(v)));
        }

        @Override public String getMethod() { return method; }
        @Override public String getUri() { return "http://localhost/"; }
        @Override public String getPath() { return "/"; }
        @Override public Optional<String> getQuery() { return Optional.empty(); }
        @Override public Map<String, List<String>> getQueryParameters() { return Map.of(); }
        @Override public Map<String, HttpPart> getParts() { return Map.of(); }
        @Override public Optional<String> getContentType() { return Optional.of("application/json"); }
        @Override public long getContentLength() { return declaredLength; }
        @Override public Optional<String> getCharacterEncoding() { return Optional.empty(); }
        @Override public InputStream getInputStream() {
            return stream != null ? stream : new ByteArrayInputStream(body);
        }
        @Override public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
        @Override public Map<String, List<String>> getHeaders() { return headers; }
    }

    /** Keeps what a function wrote. */
    static final class Response implements HttpResponse {
        int status = 200;
        String contentType;
        final Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        final ByteArrayOutputStream body = new ByteArrayOutputStream();

        @Override public void setStatusCode(int code) { status = code; }
        @Override public void setStatusCode(int code, String message) { status = code; }
        @Override public void setContentType(String type) { contentType = type; }
        @Override public Optional<String> getContentType() { return Optional.ofNullable(contentType); }
        @Override public void appendHeader(String name, String value) {
            headers.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        @Override public Map<String, List<String>> getHeaders() { return headers; }
        @Override public OutputStream getOutputStream() { return body; }
        @Override public BufferedWriter getWriter() {
            return new BufferedWriter(new OutputStreamWriter(body, StandardCharsets.UTF_8));
        }

        String bodyText() {
            return body.toString(StandardCharsets.UTF_8);
        }
    }

    /** A binary-mode Pub/Sub CloudEvent as Eventarc delivers it: the push body as data. */
    record Event(String id, byte[] data) implements CloudEvent {
        @Override public CloudEventData getData() { return data == null ? null : () -> data; }
        @Override public SpecVersion getSpecVersion() { return SpecVersion.V1; }
        @Override public String getId() { return id; }
        @Override public String getType() { return "google.cloud.pubsub.topic.v1.messagePublished"; }
        @Override public URI getSource() {
            return URI.create("//pubsub.googleapis.com/projects/mando-prod/topics/raw-discord-data");
        }
        @Override public String getDataContentType() { return "application/json"; }
        @Override public URI getDataSchema() { return null; }
        @Override public String getSubject() { return null; }
        @Override public OffsetDateTime getTime() { return null; }
        @Override public Object getAttribute(String name) { return null; }
        @Override public Object getExtension(String name) { return null; }
        @Override public Set<String> getExtensionNames() { return Set.of(); }
    }
}
