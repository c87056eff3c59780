package mando.adapters.gcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.cloud.storage.Blob;
import com.google.cloud.storage.Storage;
import com.google.cloud.storage.StorageException;
import com.google.cloud.storage.contrib.nio.testing.LocalStorageHelper;
import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;
import mando.domain.port.ImageStoreException;
import org.junit.jupiter.api.Test;

final class CloudStorageImageStoreTest {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};
    private final Storage storage = LocalStorageHelper.getOptions().getService();

    @Test
    void store_png_setsContentTypeAndCacheHeaderAndReturnsPublicUrl() {
        URI url = new CloudStorageImageStore("bucket-1", () -> storage).store("1234.png", PNG);

        Blob blob = storage.get("bucket-1", "1234.png");
        assertEquals("image/png", blob.getContentType());
        assertEquals("public, max-age=86400", blob.getCacheControl());
        assertEquals(URI.create("https://storage.googleapis.com/bucket-1/1234.png"), url);
    }

    @Test
    void store_manyImages_createsTheClientOnceOnFirstUse() {
        AtomicInteger created = new AtomicInteger();
        CloudStorageImageStore store = new CloudStorageImageStore("bucket-1", () -> {
            created.incrementAndGet();
            return storage;
        });
        assertEquals(0, created.get());

        store.store("a.png", PNG);
        store.store("b.png", PNG);

        assertEquals(1, created.get());
    }

    @Test
    void store_storageFails_throwsImageStoreExceptionNamingTheImage() {
        CloudStorageImageStore store = new CloudStorageImageStore("bucket-1", () -> {
            throw new StorageException(503, "backend unavailable");
        });

        ImageStoreException e = assertThrows(ImageStoreException.class, () -> store.store("c.png", PNG));
        assertTrue(e.getMessage().contains("c.png") && e.getMessage().contains("bucket-1"), e.getMessage());
    }

    @Test
    void construct_fromSettingsWithoutBucket_failsNamingTheVariable() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new CloudStorageImageStore(GcpSettings.of("p", "rq", "rp", null)));
        assertTrue(e.getMessage().contains("MANDO_BUCKET"), e.getMessage());
    }
}
