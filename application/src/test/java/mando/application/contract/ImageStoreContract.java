package mando.application.contract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import mando.domain.port.ImageStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@link ImageStore} contract, run against every adapter: subclasses supply the store and a way to read back. */
public abstract class ImageStoreContract {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 1, 2, 3};

    /** A fresh, empty store. */
    protected abstract ImageStore store();

    /** What the store now serves at {@code url}, read the way its readers would (by URL or by name). */
    protected abstract byte[] readBack(URI url, String name);

    @Test
    void store_newName_returnsAbsoluteHttpUrlNamingTheImageThatServesTheBytes() {
        URI url = store().store("1100000000000000001.png", PNG);

        assertTrue(url.isAbsolute() && url.getScheme().startsWith("http"), url.toString());
        assertTrue(url.getPath().endsWith("/1100000000000000001.png"), url.toString());
        assertArrayEquals(PNG, readBack(url, "1100000000000000001.png"));
    }

    @Test
    void store_sameNameTwice_overwritesAndReturnsTheSameUrl() {
        ImageStore store = store();
        URI first = store.store("again.png", new byte[] {1});
        URI second = store.store("again.png", PNG);

        assertEquals(first, second);
        assertArrayEquals(PNG, readBack(second, "again.png"));
    }

    @Test
    void store_differentNames_giveDifferentUrls() {
        ImageStore store = store();

        assertNotEquals(store.store("a.png", PNG), store.store("b.png", PNG));
    }

    @Test
    void store_callerChangesArrayAfterwards_storedImageUnchanged() {
        byte[] png = PNG.clone();
        URI url = store().store("copied.png", png);
        png[0] = 0;

        assertArrayEquals(PNG, readBack(url, "copied.png"));
    }

    @Test
    void store_longestAllowedName_isAccepted() {
        String name = "n".repeat(60) + ".png";

        assertArrayEquals(PNG, readBack(store().store(name, PNG), name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "../escape.png", "a/b.png", ".hidden", "with space.png", "percent%2F.png",
            "nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn"})
    void store_invalidName_throwsIllegalArgumentException(String name) {
        assertThrows(IllegalArgumentException.class, () -> store().store(name, PNG));
    }

    @Test
    void store_manyThreadsAtOnce_storesEveryImage() throws Exception {
        ImageStore store = store();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<URI>> urls = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                byte[] png = {(byte) i};
                String name = "parallel-" + i + ".png";
                urls.add(pool.submit(() -> store.store(name, png)));
            }
            for (int i = 0; i < 20; i++) {
                assertArrayEquals(new byte[] {(byte) i}, readBack(urls.get(i).get(), "parallel-" + i + ".png"));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
