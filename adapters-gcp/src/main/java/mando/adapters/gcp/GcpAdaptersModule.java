package mando.adapters.gcp;

import dagger.Binds;
import dagger.Module;
import mando.domain.port.ImageStore;
import mando.domain.port.ReplyQueue;
import mando.domain.port.RequestQueue;

/**
 * Binds the Google Cloud adapters: both queues on Pub/Sub, images in Cloud Storage. Needs a {@link GcpSettings} and
 * a {@code MessageCodec} from the component; Discord replies come separately from {@link DiscordRestModule}.
 */
@Module
public interface GcpAdaptersModule {
    @Binds
    RequestQueue requests(PubSubQueues queues);

    @Binds
    ReplyQueue replies(PubSubQueues queues);

    @Binds
    ImageStore images(CloudStorageImageStore store);
}
