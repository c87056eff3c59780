package mando.bootstrap;

import com.google.cloud.functions.CloudEventsFunction;
import io.cloudevents.CloudEvent;
import java.time.Clock;
import mando.adapters.gcp.GcpSettings;
import mando.application.DroppedMessages;
import mando.application.QueueMessage;
import mando.application.RenderMandala;

/**
 * Cloud Function {@code image-generator} (Pub/Sub trigger on {@code raw-discord-data}): render the mandala, store it,
 * publish the reply. Returning acknowledges the message; throwing makes Pub/Sub deliver it again.
 */
public final class ImageGeneratorFunction implements CloudEventsFunction {
    private final RenderMandala render;
    private final DroppedMessages dropped;
    private final Clock clock;

    public ImageGeneratorFunction() {
        this(Holder.COMPONENT.render(), Holder.COMPONENT.dropped(), Clock.systemUTC());
    }

    ImageGeneratorFunction(RenderMandala render, DroppedMessages dropped, Clock clock) {
        this.render = render;
        this.dropped = dropped;
        this.clock = clock;
    }

    private static final class Holder {
        static final ImageGeneratorComponent COMPONENT = DaggerImageGeneratorComponent.factory()
                .create(GcpSettings.fromEnv(System.getenv()));
    }

    @Override
    public void accept(CloudEvent event) {
        QueueMessage message = PubSubPush.fromEvent(event, clock.instant(), dropped, RenderMandala.QUEUE);
        if (message != null) {
            render.onMessage(message);
        }
    }
}
