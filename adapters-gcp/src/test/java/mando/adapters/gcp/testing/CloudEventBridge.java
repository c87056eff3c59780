package mando.adapters.gcp.testing;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.google.pubsub.v1.PubsubMessage;
import com.google.pubsub.v1.ReceivedMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Plays Eventarc for one-machine tests: pulls a subscription on the emulator and posts each message to a function as
 * Cloud Functions (2nd gen) would, a binary-mode CloudEvent whose data is the push body. A 2xx answer acknowledges
 * the message; anything else leaves it to be delivered again, with the next attempt number, as a subscription with a
 * dead-letter policy does. (The emulator's own push sends the bare push body, which is not a CloudEvent.)
 */
public final class CloudEventBridge implements AutoCloseable {
    private static final JsonFactory JSON = new JsonFactory();

    private final PubSubEmulator emulator;
    private final String topic;
    private final String subscription;
    private final URI target;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    private final AtomicInteger posts = new AtomicInteger();
    private final AtomicInteger acknowledged = new AtomicInteger();
    private final Thread thread;
    private volatile boolean running = true;

    /** Starts pulling {@code subscription} (of {@code topic}) and posting to {@code target} at once. */
    public CloudEventBridge(PubSubEmulator emulator, String topic, String subscription, URI target) {
        this.emulator = emulator;
        this.topic = topic;
        this.subscription = subscription;
        this.target = target;
        this.thread = new Thread(this::loop, "cloud-event-bridge-" + subscription);
        thread.setDaemon(true);
        thread.start();
    }

    /** Events posted so far, failed ones included. */
    public int posts() {
        return posts.get();
    }

    /** Events the function accepted (answered 2xx). */
    public int acknowledged() {
        return acknowledged.get();
    }

    private void loop() {
        while (running) {
            List<ReceivedMessage> batch = emulator.pull(subscription, 1, Duration.ofMillis(500), false);
            for (ReceivedMessage m : batch) {
                boolean ok = post(m);
                if (ok) {
                    acknowledged.incrementAndGet();
                }
                // A failed event comes back after a short pause rather than spinning.
                emulator.settle(subscription, m.getAckId(), ok, 1);
            }
        }
    }

    private boolean post(ReceivedMessage received) {
        PubsubMessage m = received.getMessage();
        int attempt = Math.max(received.getDeliveryAttempt(),
                attempts.computeIfAbsent(m.getMessageId(), id -> new AtomicInteger()).incrementAndGet());
        String publishTime = Instant.ofEpochSecond(m.getPublishTime().getSeconds(), m.getPublishTime().getNanos())
                .toString();
        HttpRequest request = HttpRequest.newBuilder(target)
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .header("ce-id", m.getMessageId())
                .header("ce-specversion", "1.0")
                .header("ce-type", "google.cloud.pubsub.topic.v1.messagePublished")
                .header("ce-source", "//pubsub.googleapis.com/projects/" + PubSubEmulator.PROJECT + "/topics/" + topic)
                .header("ce-time", publishTime)
                .POST(HttpRequest.BodyPublishers.ofByteArray(pushBody(m, publishTime, attempt)))
                .build();
        posts.incrementAndGet();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status / 100 == 2;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
            return false;
        }
    }

    private byte[] pushBody(PubsubMessage m, String publishTime, int attempt) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeObjectFieldStart("message");
            g.writeStringField("data", Base64.getEncoder().encodeToString(m.getData().toByteArray()));
            g.writeObjectFieldStart("attributes");
            for (Map.Entry<String, String> a : m.getAttributesMap().entrySet()) {
                g.writeStringField(a.getKey(), a.getValue());
            }
            g.writeEndObject();
            g.writeStringField("messageId", m.getMessageId());
            g.writeStringField("publishTime", publishTime);
            g.writeEndObject();
            g.writeStringField("subscription", "projects/" + PubSubEmulator.PROJECT + "/subscriptions/" + subscription);
            g.writeNumberField("deliveryAttempt", attempt);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(5000);
    }
}
