package mando.adapters.inmemory;

import dagger.Binds;
import dagger.Module;
import mando.domain.port.ImageStore;
import mando.domain.port.ReplyQueue;
import mando.domain.port.RequestQueue;

/** Binds the one-machine adapters: both queues in memory, images as files. Needs a {@link LocalStorage}. */
@Module
public interface LocalAdaptersModule {
    @Binds
    RequestQueue requests(InMemoryQueues queues);

    @Binds
    ReplyQueue replies(InMemoryQueues queues);

    @Binds
    ImageStore images(FileImageStore store);
}
