package mando.adapters.gcp;

import com.google.cloud.storage.BlobId;
import com.google.cloud.storage.BlobInfo;
import com.google.cloud.storage.Storage;
import com.google.cloud.storage.StorageOptions;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.function.Supplier;
import mando.domain.port.ImageStore;
import mando.domain.port.ImageStoreException;

/**
 * Keeps mandalas as objects in a Cloud Storage bucket whose objects are publicly readable (the deploy script sets
 * that up), served from {@code https://storage.googleapis.com/BUCKET/NAME}. A single-request upload is atomic, so a
 * reader sees the old object or the new one, never a part; writing the same name again replaces it.
 */
@Singleton
final class CloudStorageImageStore implements ImageStore {
    /** A name always holds the same picture (the seed is fixed per interaction), so caches may keep it a day. */
    static final String CACHE_CONTROL = "public, max-age=86400";
    static final String PUBLIC_BASE_URL = "https://storage.googleapis.com/";

    private final String bucket;
    private final Lazy<Storage> storage;

    @Inject
    CloudStorageImageStore(GcpSettings settings) {
        this(settings.requireBucket(),
                () -> StorageOptions.newBuilder().setProjectId(settings.projectId()).build().getService());
    }

    /** With the client made by {@code storageFactory}, called once, on the first store. */
    CloudStorageImageStore(String bucket, Supplier<Storage> storageFactory) {
        this.bucket = bucket;
        this.storage = new Lazy<>(storageFactory);
    }

    @Override
    public URI store(String name, byte[] png) {
        ImageStore.requireValidName(name);
        BlobInfo info = BlobInfo.newBuilder(BlobId.of(bucket, name))
                .setContentType("image/png")
                .setCacheControl(CACHE_CONTROL)
                .build();
        try {
            storage.get().create(info, png);
        } catch (RuntimeException e) {
            throw new ImageStoreException("could not store " + name + " in bucket " + bucket + ": " + e, e);
        }
        return URI.create(PUBLIC_BASE_URL + bucket + "/" + name);
    }
}
