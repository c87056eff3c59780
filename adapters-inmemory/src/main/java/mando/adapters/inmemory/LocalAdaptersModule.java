package mando.adapters.inmemory;

import dagger.Binds;
import dagger.Module;
import dagger.Provides;
import mando.domain.port.ImageStore;
import mando.domain.port.ReplyQueue;
import mando.domain.port.RequestQueue;

/**
 * Binds the one-machine adapters: both queues in memory, images as files. Needs a {@link LocalStorage} and the
 * {@link LocalFaults} to inject ({@link LocalFaults#NONE} in normal use).
 */
@Module
public interface LocalAdaptersModule {
    @Binds
    RequestQueue requests(InMemoryQueues queues);

    @Binds
    ReplyQueue replies(InMemoryQueues queues);

    @Provides
    static ImageStore images(FileImageStore store, LocalFaults faults) {
        return faults.storeFailureRate() > 0 ? new FaultyImageStore(store, faults.storeFailureRate()) : store;
    }
}
