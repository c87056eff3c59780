package mando.adapters.gcp;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * A value made on first use, exactly once however many threads ask at the same moment: for the Google Cloud and HTTP
 * clients, which cost start-up time that a function instance should only pay if it uses them.
 */
final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> factory;
    private volatile T value;

    Lazy(Supplier<T> factory) {
        this.factory = factory;
    }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = factory.get();
                    value = v;
                }
            }
        }
        return v;
    }

    /** The value if it has been made; never makes it. */
    Optional<T> ifMade() {
        return Optional.ofNullable(value);
    }
}
