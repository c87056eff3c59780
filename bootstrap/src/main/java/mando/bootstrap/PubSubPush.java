package mando.bootstrap;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import io.cloudevents.CloudEvent;
import mando.application.DroppedMessages;
import mando.application.MalformedMessageException;
import mando.application.MessageCodec;
import mando.application.QueueMessage;

/**
 * Reads what Cloud Functions (2nd gen) delivers for a Pub/Sub trigger: a CloudEvent whose data is the push body,
 * {@code {"message":{"data":BASE64,"messageId":…,"publishTime":…,"attributes":…},"subscription":…,
 * "deliveryAttempt":N}}. The result is the transport-neutral {@link QueueMessage} the use cases take.
 */
final class PubSubPush {
    /** Base64 of the largest message the codec accepts, plus the envelope. */
    static final int MAX_EVENT_BYTES = MessageCodec.MAX_BYTES * 2 + 4096;
    /**
     * A message older than this is on its last chance whatever its attempt count: the interaction token dies at 15
     * minutes, so the user must be told before then. It also covers subscriptions without a dead-letter policy,
     * where Pub/Sub sends no delivery attempt at all.
     */
    static final Duration LAST_CHANCE_AGE = Duration.ofMinutes(10);

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(8)
                    .maxStringLength(MAX_EVENT_BYTES).build())
            .build();

    private PubSubPush() {}

    /**
     * The queue message inside a Pub/Sub CloudEvent, or {@code null} once an event that holds none has been dropped
     * and counted: no redelivery could ever make it readable.
     */
    static QueueMessage fromEvent(CloudEvent event, Instant now, DroppedMessages dropped, String queue) {
        try {
            return decode(event.getData() == null ? null : event.getData().toBytes(), now);
        } catch (MalformedMessageException e) {
            dropped.drop(queue, new QueueMessage(new byte[0], shorten(String.valueOf(event.getId())), 1),
                    "cloud event of type " + shorten(String.valueOf(event.getType())), e.getMessage());
            return null;
        }
    }

    static QueueMessage decode(byte[] event, Instant now) {
        if (event == null || event.length == 0) {
            throw new MalformedMessageException("event has no data");
        }
        if (event.length > MAX_EVENT_BYTES) {
            throw new MalformedMessageException("event data is " + event.length + " bytes, over the bound");
        }
        String data = null;
        String messageId = "";
        String publishTime = null;
        int attempt = 1;
        try (JsonParser p = JSON.createParser(event)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new MalformedMessageException("event data is not a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if ("deliveryAttempt".equals(field) && value == JsonToken.VALUE_NUMBER_INT) {
                    attempt = (int) Math.max(1, Math.min(p.getLongValue(), 1000));
                } else if ("message".equals(field) && value == JsonToken.START_OBJECT) {
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String name = p.currentName();
                        JsonToken token = p.nextToken();
                        String text = token == JsonToken.VALUE_STRING ? p.getText() : null;
                        switch (name) {
                            case "data" -> data = text;
                            case "messageId", "message_id" -> messageId = text == null ? "" : shorten(text);
                            case "publishTime", "publish_time" -> publishTime = text;
                            default -> p.skipChildren();
                        }
                    }
                } else {
                    p.skipChildren();
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof MalformedMessageException m) {
                throw m;
            }
            throw new MalformedMessageException("event data is not a Pub/Sub push body", e);
        }
        if (data == null) {
            throw new MalformedMessageException("event carries no message data");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(data);
        } catch (IllegalArgumentException e) {
            throw new MalformedMessageException("message data is not base64", e);
        }
        if (publishTime != null && isOlderThan(publishTime, now, LAST_CHANCE_AGE)) {
            attempt = Math.max(attempt, QueueMessage.MAX_ATTEMPTS);
        }
        return new QueueMessage(bytes, messageId, attempt);
    }

    private static boolean isOlderThan(String publishTime, Instant now, Duration age) {
        try {
            return Instant.parse(publishTime).plus(age).isBefore(now);
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String shorten(String id) {
        return id.length() <= 100 && id.matches("[0-9A-Za-z_.:-]*") ? id : "(unprintable)";
    }
}
