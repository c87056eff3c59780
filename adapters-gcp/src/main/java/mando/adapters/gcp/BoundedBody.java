package mando.adapters.gcp;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A response body read up to a bound and cut off there: we only ever need the start of Discord's answers (an error
 * message, a {@code retry_after}), and a misbehaving server must not make us buffer without limit.
 */
final class BoundedBody implements HttpResponse.BodySubscriber<byte[]> {
    static final int MAX_BYTES = 64 * 1024;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    static HttpResponse.BodyHandler<byte[]> handler() {
        return info -> new BoundedBody();
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        for (ByteBuffer buffer : buffers) {
            int n = Math.min(buffer.remaining(), MAX_BYTES - out.size());
            byte[] chunk = new byte[n];
            buffer.get(chunk);
            out.write(chunk, 0, n);
        }
        if (out.size() >= MAX_BYTES) {
            subscription.cancel();
            result.complete(out.toByteArray());
        }
    }

    @Override
    public void onError(Throwable error) {
        result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        result.complete(out.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }
}
