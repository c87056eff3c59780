package mando.application;

/** What the endpoint tells Discord at once: the work is queued and the answer will follow, or a message now. */
public sealed interface Acceptance {
    /** Queued: Discord shows "thinking" until the reply step edits the response. */
    record Deferred() implements Acceptance {}

    /** Answered at once, visible only to the user who typed the command (ephemeral). */
    record Ephemeral(String message) implements Acceptance {}
}
