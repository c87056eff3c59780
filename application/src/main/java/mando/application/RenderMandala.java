package mando.application;

import java.lang.System.Logger.Level;
import java.net.URI;
import mando.domain.MandalaReply;
import mando.domain.MandalaRequest;
import mando.domain.mandala.MandalaRenderer;
import mando.domain.port.ImageStore;
import mando.domain.port.ReplyQueue;

/**
 * Use case of the image-generator: draw the requested mandala, store it, and queue the answer. Safe to repeat: the
 * picture and the stored name follow from the request alone. A failure is thrown so the queue redelivers; on the
 * last attempt the user is told instead of being left waiting.
 */
public final class RenderMandala {
    public static final String QUEUE = "requests";
    static final String FAILURE = "Sorry, this mandala could not be drawn. Please try again.";
    private static final System.Logger LOG = System.getLogger(RenderMandala.class.getName());

    private final MandalaRenderer renderer;
    private final ImageStore images;
    private final ReplyQueue replies;
    private final MessageCodec codec;
    private final DroppedMessages dropped;
    private final int imageSize;
    private final int maxAttempts;

    public RenderMandala(MandalaRenderer renderer, ImageStore images, ReplyQueue replies, MessageCodec codec,
                         DroppedMessages dropped, int imageSize, int maxAttempts) {
        this.renderer = renderer;
        this.images = images;
        this.replies = replies;
        this.codec = codec;
        this.dropped = dropped;
        this.imageSize = imageSize;
        this.maxAttempts = maxAttempts;
    }

    /** Handles one delivery from the requests queue; returns normally to acknowledge it, throws to have it again. */
    public void onMessage(QueueMessage message) {
        MandalaRequest request;
        try {
            request = codec.decodeRequest(message.data());
        } catch (MalformedMessageException e) {
            dropped.drop(QUEUE, message, codec.describe(message.data()), e.getMessage());
            return;
        }
        render(request, message.attempt());
    }

    public void render(MandalaRequest request, int attempt) {
        try {
            byte[] png = renderer.png(request.options(), imageSize);
            URI url = images.store(request.imageName(), png);
            replies.publish(MandalaReply.ready(request.interaction(), url, request.options().caption()));
        } catch (RuntimeException e) {
            if (attempt < maxAttempts) {
                LOG.log(Level.WARNING, "interaction " + request.interaction().id() + ": attempt " + attempt + " of "
                        + maxAttempts + " failed, to be retried: " + e);
                throw e;
            }
            LOG.log(Level.ERROR, "interaction " + request.interaction().id() + ": giving up after " + attempt
                    + " attempts: " + e);
            // If even this publish fails, the exception goes back to the queue, whose dead-letter policy ends it.
            replies.publish(MandalaReply.failed(request.interaction(), FAILURE));
        }
    }
}
