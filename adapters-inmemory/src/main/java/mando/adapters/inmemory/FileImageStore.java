package mando.adapters.inmemory;

import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import mando.domain.port.ImageStore;
import mando.domain.port.ImageStoreException;

/** Keeps images as files in one folder; a file appears whole or not at all (written aside, then renamed). */
final class FileImageStore implements ImageStore {
    private final LocalStorage storage;

    @Inject
    FileImageStore(LocalStorage storage) {
        this.storage = storage;
    }

    @Override
    public URI store(String name, byte[] png) {
        ImageStore.requireValidName(name);
        try {
            Path dir = Files.createDirectories(storage.dataDir());
            Path temp = Files.createTempFile(dir, ".incoming-", ".tmp");
            try {
                Files.write(temp, png);
                Files.move(temp, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new ImageStoreException("could not write image " + name + " under " + storage.dataDir(), e);
        }
        return storage.urlOf(name);
    }
}
