package mando.domain.port;

import java.net.URI;

/**
 * Where finished mandalas are kept and served from.
 *
 * <p>Contract: {@link #store} writes a PNG under a name and returns the public URL that Discord will fetch it from.
 * It is idempotent: storing the same name again overwrites the object and returns the same URL, which is what makes
 * a redelivered request harmless. Names are {@code [0-9A-Za-z._-]}, at most 64 characters. On failure it throws
 * {@link ImageStoreException}; nothing partial is ever visible at the URL. Thread-safe.
 */
public interface ImageStore {
    URI store(String name, byte[] png);

    /** Checks a name against the contract above; adapters call it before touching storage. */
    static String requireValidName(String name) {
        if (name == null || name.isEmpty() || name.length() > 64 || !name.matches("[0-9A-Za-z._-]+")
                || name.startsWith(".")) {
            throw new IllegalArgumentException("image name must be 1 to 64 characters of [0-9A-Za-z._-]");
        }
        return name;
    }
}
