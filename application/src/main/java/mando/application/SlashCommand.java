package mando.application;

import java.util.List;
import java.util.Objects;
import mando.domain.Interaction;

/**
 * A verified slash command, as the endpoint read it: who to answer, the command's name and its options. Option
 * values are as JSON gave them ({@link Long}, {@link Double}, {@link String} or {@link Boolean}), not yet trusted.
 */
public record SlashCommand(Interaction interaction, String name, List<Option> options) {
    /** At most this many options are read; Discord sends at most 25. */
    public static final int MAX_OPTIONS = 25;

    public SlashCommand {
        Objects.requireNonNull(interaction, "interaction");
        name = name == null ? "" : name;
        options = List.copyOf(options);
        if (options.size() > MAX_OPTIONS) {
            throw new IllegalArgumentException("more than " + MAX_OPTIONS + " options");
        }
    }

    /** One option as the user gave it. */
    public record Option(String name, Object value) {
        public Option {
            Objects.requireNonNull(name, "name");
        }
    }
}
