package mando.adapters.gcp;

import com.google.cloud.storage.Storage;
import mando.domain.port.ImageStore;

/**
 * Hands other modules' tests what they need of the package-private GCP adapters, so production visibility stays
 * narrow: it lives in the adapters' own package because the {@code testing} package could not reach them either.
 */
public final class GcpAdaptersForTests {
    /** How many times the Discord client tries one call (429 and 5xx included) before it fails to the caller. */
    public static final int DISCORD_ATTEMPTS_PER_CALL = DiscordHttp.MAX_ATTEMPTS;

    private GcpAdaptersForTests() {}

    /** The production Cloud Storage image store on a given client, e.g. google-cloud-nio's {@code LocalStorageHelper}. */
    public static ImageStore cloudStorage(String bucket, Storage storage) {
        return new CloudStorageImageStore(bucket, () -> storage);
    }
}
