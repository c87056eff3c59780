package mando.adapters.gcp;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import mando.application.MessageCodec;
import mando.domain.MandalaReply;
import mando.domain.MandalaRequest;
import mando.domain.port.ReplyQueue;
import mando.domain.port.RequestQueue;

/** Both queues as Pub/Sub topics: messages cross them as the codec's JSON bytes. */
@Singleton
final class PubSubQueues implements RequestQueue, ReplyQueue, AutoCloseable {
    /** The endpoint publishes on Discord's 3-second clock and must still have time to apologise if this fails. */
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(2);
    /** The image-generator has no such clock; a slow confirmation is better than a redundant re-render. */
    static final Duration REPLY_TIMEOUT = Duration.ofSeconds(30);

    private final MessageCodec codec;
    private final PubSubTopic requests;
    private final PubSubTopic replies;

    @Inject
    PubSubQueues(GcpSettings settings, MessageCodec codec) {
        this(settings, codec, REQUEST_TIMEOUT, REPLY_TIMEOUT);
    }

    PubSubQueues(GcpSettings settings, MessageCodec codec, Duration requestTimeout, Duration replyTimeout) {
        this.codec = codec;
        this.requests = new PubSubTopic(settings.projectId(), settings.requestsTopic(),
                settings.pubsubEmulatorHost(), requestTimeout);
        this.replies = new PubSubTopic(settings.projectId(), settings.repliesTopic(),
                settings.pubsubEmulatorHost(), replyTimeout);
    }

    @Override
    public void publish(MandalaRequest request) {
        requests.publish(codec.encode(request));
    }

    @Override
    public void publish(MandalaReply reply) {
        replies.publish(codec.encode(reply));
    }

    @Override
    public void close() {
        requests.close();
        replies.close();
    }
}
