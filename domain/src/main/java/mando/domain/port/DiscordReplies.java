package mando.domain.port;

import mando.domain.MandalaReply;

/**
 * Discord, as far as answering goes: replaces the deferred "thinking" response of an interaction with the final one.
 *
 * <p>Contract: {@link #editOriginal} returns once Discord has accepted the edit. Editing twice with the same reply
 * leaves the same visible message, so a redelivery is harmless. It throws {@link InteractionExpiredException} when
 * Discord no longer knows the interaction (the token expired, 15 minutes after the command, or is wrong): retrying
 * cannot help. Any other failure throws {@link DiscordException} after the adapter's own bounded retries, and a
 * later retry may succeed. Mentions in the text never ping anyone. Thread-safe.
 */
public interface DiscordReplies {
    void editOriginal(MandalaReply reply);
}
