package mando.adapters.inmemory.violation;

/** Fixture for the architecture tests: an adapter class made public for no reason. */
public final class PublicAdapterHelper {
}
