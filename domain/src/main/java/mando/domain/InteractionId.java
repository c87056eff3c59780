package mando.domain;

/** The snowflake id Discord gives one interaction; it names the image and makes a redelivery repeat the same work. */
public record InteractionId(String value) {
    public InteractionId {
        Snowflakes.require(value, "interaction id");
    }

    @Override
    public String toString() {
        return value;
    }
}
