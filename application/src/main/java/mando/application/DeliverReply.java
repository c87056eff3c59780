package mando.application;

import java.lang.System.Logger.Level;
import mando.domain.ApplicationId;
import mando.domain.MandalaReply;
import mando.domain.port.DiscordReplies;
import mando.domain.port.InteractionExpiredException;

/**
 * Use case of the discord-reply step: replace the user's "thinking" response with the finished answer. Editing is
 * idempotent, so a redelivery is harmless; an expired interaction is given up at once, since no retry can help.
 */
public final class DeliverReply {
    public static final String QUEUE = "replies";
    private static final System.Logger LOG = System.getLogger(DeliverReply.class.getName());

    private final ApplicationId application;
    private final DiscordReplies discord;
    private final MessageCodec codec;
    private final DroppedMessages dropped;
    private final int maxAttempts;

    public DeliverReply(ApplicationId application, DiscordReplies discord, MessageCodec codec,
                        DroppedMessages dropped, int maxAttempts) {
        this.application = application;
        this.discord = discord;
        this.codec = codec;
        this.dropped = dropped;
        this.maxAttempts = maxAttempts;
    }

    /** Handles one delivery from the replies queue; returns normally to acknowledge it, throws to have it again. */
    public void onMessage(QueueMessage message) {
        MandalaReply reply;
        try {
            reply = codec.decodeReply(message.data());
        } catch (MalformedMessageException e) {
            dropped.drop(QUEUE, message, codec.describe(message.data()), e.getMessage());
            return;
        }
        if (!application.equals(reply.interaction().applicationId())) {
            // Queue messages are untrusted: only answer interactions of the application this bot is.
            dropped.drop(QUEUE, message, "interaction_id=" + reply.interaction().id(),
                    "reply is for application " + reply.interaction().applicationId() + ", not " + application);
            return;
        }
        try {
            deliver(reply);
        } catch (InteractionExpiredException e) {
            dropped.drop(QUEUE, message, "interaction_id=" + reply.interaction().id(), e.getMessage());
        } catch (RuntimeException e) {
            if (message.attempt() >= maxAttempts) {
                dropped.drop(QUEUE, message, "interaction_id=" + reply.interaction().id(),
                        "Discord refused the edit on the last attempt: " + e);
                return;
            }
            LOG.log(Level.WARNING, "interaction " + reply.interaction().id() + ": edit failed on attempt "
                    + message.attempt() + " of " + maxAttempts + ", to be retried: " + e);
            throw e;
        }
    }

    public void deliver(MandalaReply reply) {
        discord.editOriginal(reply);
    }
}
