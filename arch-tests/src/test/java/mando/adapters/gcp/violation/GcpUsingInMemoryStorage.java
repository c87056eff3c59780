package mando.adapters.gcp.violation;

import mando.adapters.inmemory.LocalStorage;

/** Fixture for the architecture tests: one adapter that depends on another. */
public final class GcpUsingInMemoryStorage {
    private LocalStorage storage;
}
