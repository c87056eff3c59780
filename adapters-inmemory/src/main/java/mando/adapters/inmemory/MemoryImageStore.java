package mando.adapters.inmemory;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import mando.domain.port.ImageStore;

/** Keeps images in a map: the store for fast tests, with a way to look at what was stored. */
public final class MemoryImageStore implements ImageStore {
    private final URI baseUrl;
    private final Map<String, byte[]> images = new ConcurrentHashMap<>();

    public MemoryImageStore(URI baseUrl) {
        this.baseUrl = baseUrl;
    }

    @Override
    public URI store(String name, byte[] png) {
        ImageStore.requireValidName(name);
        images.put(name, png.clone());
        return URI.create(baseUrl + "/" + name);
    }

    public Optional<byte[]> get(String name) {
        return Optional.ofNullable(images.get(name)).map(byte[]::clone);
    }

    public int size() {
        return images.size();
    }
}
