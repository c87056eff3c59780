package mando.adapters.inmemory;

import java.net.URI;
import mando.application.contract.ImageStoreContract;
import mando.domain.port.ImageStore;

final class MemoryImageStoreContractTest extends ImageStoreContract {
    private final MemoryImageStore store = new MemoryImageStore(URI.create("http://localhost:8080/mandalas"));

    @Override
    protected ImageStore store() {
        return store;
    }

    @Override
    protected byte[] readBack(URI url, String name) {
        return store.get(name).orElseThrow();
    }
}
