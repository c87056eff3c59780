package mando.adapters.gcp;

import com.google.api.core.ApiFuture;
import com.google.api.gax.core.NoCredentialsProvider;
import com.google.api.gax.grpc.GrpcTransportChannel;
import com.google.api.gax.rpc.FixedTransportChannelProvider;
import com.google.cloud.pubsub.v1.Publisher;
import com.google.protobuf.ByteString;
import com.google.pubsub.v1.PubsubMessage;
import com.google.pubsub.v1.TopicName;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import mando.domain.port.QueueException;

/**
 * One Pub/Sub topic, published to through one {@link Publisher} that is created on the first publish (a function
 * instance that never publishes pays nothing for it) and then reused. A publish returns only with the message id in
 * hand: a Cloud Function may be frozen as soon as it answers, and a message still in the client's buffer would be lost.
 */
final class PubSubTopic implements AutoCloseable {
    private final TopicName topic;
    private final String emulatorHost;
    private final Duration timeout;
    private final Lazy<Publisher> publisher = new Lazy<>(this::create);
    private volatile ManagedChannel emulatorChannel;
    private volatile boolean closed;

    PubSubTopic(String projectId, String topic, String emulatorHost, Duration timeout) {
        this.topic = TopicName.of(projectId, topic);
        this.emulatorHost = emulatorHost;
        this.timeout = timeout;
    }

    /** Publishes and waits for the message id; anything else is a {@link QueueException}. */
    String publish(byte[] data) {
        if (closed) {
            throw new QueueException("topic " + topic.getTopic() + ": publisher is closed", null);
        }
        PubsubMessage message = PubsubMessage.newBuilder().setData(ByteString.copyFrom(data)).build();
        ApiFuture<String> id;
        try {
            id = publisher.get().publish(message);
        } catch (IllegalStateException e) {
            // The publisher refuses once shut down: closed between the check above and here.
            throw new QueueException("topic " + topic.getTopic() + ": publisher is closed", e);
        }
        try {
            return id.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new QueueException("topic " + topic.getTopic() + " did not accept the message: " + e.getCause(),
                    e.getCause());
        } catch (TimeoutException e) {
            // The client may still deliver it later; consumers are idempotent, so a late duplicate is harmless.
            id.cancel(true);
            throw new QueueException("topic " + topic.getTopic() + " did not confirm the message within "
                    + timeout.toMillis() + " ms", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new QueueException("interrupted while publishing to " + topic.getTopic(), e);
        }
    }

    /** Runs once, inside {@link Lazy}'s lock. */
    private Publisher create() {
        Publisher.Builder builder = Publisher.newBuilder(topic);
        if (emulatorHost != null) {
            // The emulator speaks plaintext gRPC and wants no credentials.
            emulatorChannel = ManagedChannelBuilder.forTarget(emulatorHost).usePlaintext().build();
            builder.setChannelProvider(
                            FixedTransportChannelProvider.create(GrpcTransportChannel.create(emulatorChannel)))
                    .setCredentialsProvider(NoCredentialsProvider.create());
        }
        try {
            return builder.build();
        } catch (IOException | RuntimeException e) {
            if (emulatorChannel != null) {
                emulatorChannel.shutdownNow();
            }
            throw new QueueException("could not create a publisher for topic " + topic.getTopic() + ": " + e, e);
        }
    }

    /** Sends what is buffered, then releases threads and channels. */
    @Override
    public void close() {
        closed = true;
        publisher.ifMade().ifPresent(p -> {
            p.shutdown();
            try {
                p.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        ManagedChannel channel = emulatorChannel;
        if (channel != null) {
            channel.shutdownNow();
        }
    }
}
