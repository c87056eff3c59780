package mando.adapters.inmemory;

import java.net.URI;
import java.util.concurrent.ThreadLocalRandom;
import mando.domain.port.ImageStore;
import mando.domain.port.ImageStoreException;

/** An image store that fails a share of writes before they reach the real one, as a flaky disk or bucket would. */
final class FaultyImageStore implements ImageStore {
    private final ImageStore store;
    private final double failureRate;

    FaultyImageStore(ImageStore store, double failureRate) {
        this.store = store;
        this.failureRate = failureRate;
    }

    @Override
    public URI store(String name, byte[] png) {
        if (ThreadLocalRandom.current().nextDouble() < failureRate) {
            throw new ImageStoreException("injected failure writing " + name, null);
        }
        return store.store(name, png);
    }
}
