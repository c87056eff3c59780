package mando.bootstrap;

import com.google.cloud.functions.CloudEventsFunction;
import io.cloudevents.CloudEvent;
import java.time.Clock;
import mando.adapters.gcp.DiscordApi;
import mando.application.DeliverReply;
import mando.application.DroppedMessages;
import mando.application.QueueMessage;
import mando.domain.ApplicationId;

/**
 * Cloud Function {@code discord-reply} (Pub/Sub trigger on {@code reply-data}): edit the user's deferred response
 * into the finished mandala. Returning acknowledges the message; throwing makes Pub/Sub deliver it again.
 */
public final class DiscordReplyFunction implements CloudEventsFunction {
    private final DeliverReply deliver;
    private final DroppedMessages dropped;
    private final Clock clock;

    public DiscordReplyFunction() {
        this(Holder.COMPONENT.deliver(), Holder.COMPONENT.dropped(), Clock.systemUTC());
    }

    DiscordReplyFunction(DeliverReply deliver, DroppedMessages dropped, Clock clock) {
        this.deliver = deliver;
        this.dropped = dropped;
        this.clock = clock;
    }

    private static final class Holder {
        static final DiscordReplyComponent COMPONENT = DaggerDiscordReplyComponent.factory()
                .create(new ApplicationId(new Env(System.getenv()).required("DISCORD_APPLICATION_ID",
                        "the id of the application whose responses this function edits")),
                        DiscordApi.fromEnv(System.getenv()));
    }

    @Override
    public void accept(CloudEvent event) {
        QueueMessage message = PubSubPush.fromEvent(event, clock.instant(), dropped, DeliverReply.QUEUE);
        if (message != null) {
            deliver.onMessage(message);
        }
    }
}
