package mando.adapters.inmemory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import mando.application.contract.ImageStoreContract;
import mando.domain.port.ImageStore;
import org.junit.jupiter.api.io.TempDir;

final class FileImageStoreContractTest extends ImageStoreContract {
    @TempDir
    Path dataDir;

    @Override
    protected ImageStore store() {
        return new FileImageStore(new LocalStorage(dataDir, URI.create("http://localhost:8080")));
    }

    @Override
    protected byte[] readBack(URI url, String name) {
        try {
            return Files.readAllBytes(dataDir.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
