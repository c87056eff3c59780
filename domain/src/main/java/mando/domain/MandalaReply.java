package mando.domain;

import java.net.URI;
import java.util.Objects;

/**
 * The message on the replies queue: the final answer to one interaction, either a stored image with a caption or a
 * short apology when the image could not be made. Exactly one of {@code imageUrl} and {@code failure} is set.
 */
public record MandalaReply(Interaction interaction, URI imageUrl, String caption, String failure) {
    /** Discord allows 4096 characters in an embed description and 2000 in content; ours stay far below both. */
    public static final int MAX_TEXT = 500;

    public MandalaReply {
        Objects.requireNonNull(interaction, "interaction");
        if ((imageUrl == null) == (failure == null)) {
            throw new IllegalArgumentException("a reply carries either an image URL or a failure, not both or neither");
        }
        if (imageUrl != null && !("https".equals(imageUrl.getScheme()) || "http".equals(imageUrl.getScheme()))) {
            throw new IllegalArgumentException("image URL must be http or https");
        }
        if (imageUrl != null && imageUrl.toString().length() > 2000) {
            throw new IllegalArgumentException("image URL is longer than 2000 characters");
        }
        caption = caption == null ? "" : caption;
        if (caption.length() > MAX_TEXT || (failure != null && (failure.isBlank() || failure.length() > MAX_TEXT))) {
            throw new IllegalArgumentException("reply text must be 1 to " + MAX_TEXT + " characters");
        }
    }

    public static MandalaReply ready(Interaction interaction, URI imageUrl, String caption) {
        return new MandalaReply(interaction, imageUrl, caption, null);
    }

    public static MandalaReply failed(Interaction interaction, String failure) {
        return new MandalaReply(interaction, null, "", failure);
    }

    public boolean isFailure() {
        return failure != null;
    }
}
