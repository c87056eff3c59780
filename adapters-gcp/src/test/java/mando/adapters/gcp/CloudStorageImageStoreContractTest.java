package mando.adapters.gcp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.cloud.storage.Storage;
import com.google.cloud.storage.contrib.nio.testing.LocalStorageHelper;
import java.net.URI;
import mando.application.contract.ImageStoreContract;
import mando.domain.port.ImageStore;

final class CloudStorageImageStoreContractTest extends ImageStoreContract {
    private final Storage storage = LocalStorageHelper.getOptions().getService();

    @Override
    protected ImageStore store() {
        return new CloudStorageImageStore("mando-images", () -> storage);
    }

    @Override
    protected byte[] readBack(URI url, String name) {
        assertEquals(URI.create("https://storage.googleapis.com/mando-images/" + name), url);
        return storage.readAllBytes("mando-images", name);
    }
}
