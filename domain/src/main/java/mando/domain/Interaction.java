package mando.domain;

import java.util.Objects;

/** What it takes to answer one interaction later: which one, which application, and its (redacted) token. */
public record Interaction(InteractionId id, ApplicationId applicationId, InteractionToken token) {
    public Interaction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(token, "token");
    }
}
