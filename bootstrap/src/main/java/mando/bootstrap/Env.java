package mando.bootstrap;

import java.util.Map;

/** Reads configuration from environment variables, with errors that say what to set and how. */
final class Env {
    private final Map<String, String> vars;

    Env(Map<String, String> vars) {
        this.vars = vars;
    }

    String required(String name, String help) {
        String value = vars.get(name);
        if (value == null || value.isBlank()) {
            throw new ConfigException(name + " is not set: " + help);
        }
        return value.strip();
    }

    String optional(String name, String fallback) {
        String value = vars.get(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    Map<String, String> asMap() {
        return vars;
    }

    /** A configuration value is missing or wrong; the message is meant for the person starting the bot. */
    static final class ConfigException extends RuntimeException {
        ConfigException(String message) {
            super(message);
        }
    }
}
