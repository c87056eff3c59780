package mando.adapters.inmemory.violation;

import mando.bootstrap.Main;

/** Fixture for the architecture tests: an adapter that depends on the composition root. */
public final class InMemoryCallingBootstrap {
    private Main main;
}
