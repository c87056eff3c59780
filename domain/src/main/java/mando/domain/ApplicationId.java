package mando.domain;

/** The snowflake id of the Discord application (the bot) that answers. */
public record ApplicationId(String value) {
    public ApplicationId {
        Snowflakes.require(value, "application id");
    }

    @Override
    public String toString() {
        return value;
    }
}
