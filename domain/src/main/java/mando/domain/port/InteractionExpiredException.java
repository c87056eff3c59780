package mando.domain.port;

/** Discord no longer accepts edits for this interaction (401 or 404): retrying is pointless. */
public class InteractionExpiredException extends DiscordException {
    public InteractionExpiredException(String message) {
        super(message, null);
    }
}
