package mando.domain;

import java.util.Objects;
import mando.domain.mandala.MandalaOptions;

/**
 * The message on the requests queue: draw this mandala for this interaction. Everything needed to render and to
 * answer travels with it, so the image-generator needs nothing else; the options are already resolved (the seed is
 * fixed), so a redelivery renders the very same image.
 */
public record MandalaRequest(Interaction interaction, MandalaOptions options) {
    public MandalaRequest {
        Objects.requireNonNull(interaction, "interaction");
        Objects.requireNonNull(options, "options");
    }

    /** The stored image's name: one per interaction, so a redelivery overwrites rather than adds. */
    public String imageName() {
        return interaction.id().value() + ".png";
    }
}
