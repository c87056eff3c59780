package mando.application.violation;

import mando.adapters.gcp.DiscordApi;

/** Fixture for the architecture tests: a use case that sees an adapter. */
public final class ApplicationCallingDiscordApi {
    private DiscordApi api;
}
