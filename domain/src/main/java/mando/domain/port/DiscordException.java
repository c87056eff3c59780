package mando.domain.port;

/** Discord did not take the edit this time; trying again later may work. */
public class DiscordException extends RuntimeException {
    public DiscordException(String message, Throwable cause) {
        super(message, cause);
    }
}
