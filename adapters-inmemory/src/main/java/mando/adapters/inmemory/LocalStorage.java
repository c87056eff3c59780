package mando.adapters.inmemory;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;

/** Where the one-machine bot keeps its images and the base URL it serves them under ({@code <base>/mandalas/}). */
public record LocalStorage(Path dataDir, URI publicBaseUrl) {
    public LocalStorage {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(publicBaseUrl, "publicBaseUrl");
        String base = publicBaseUrl.toString();
        if (base.endsWith("/")) {
            publicBaseUrl = URI.create(base.substring(0, base.length() - 1));
        }
    }

    /** The URL at which an image of this name is served. */
    public URI urlOf(String name) {
        return URI.create(publicBaseUrl + "/mandalas/" + name);
    }
}
