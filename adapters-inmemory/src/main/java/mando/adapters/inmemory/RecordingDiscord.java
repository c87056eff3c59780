package mando.adapters.inmemory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import mando.domain.InteractionId;
import mando.domain.MandalaReply;
import mando.domain.port.DiscordReplies;
import mando.domain.port.InteractionExpiredException;

/** A Discord that keeps every edit it is sent, for tests to inspect. */
public final class RecordingDiscord implements DiscordReplies {
    private final List<MandalaReply> edits = new ArrayList<>();
    private final Set<InteractionId> expired = new HashSet<>();

    @Override
    public synchronized void editOriginal(MandalaReply reply) {
        if (expired.contains(reply.interaction().id())) {
            throw new InteractionExpiredException("interaction " + reply.interaction().id()
                    + ": Discord answered 404 (token expired or unknown)");
        }
        edits.add(reply);
    }

    /** From now on, edits of this interaction fail as Discord's do once its token has expired. */
    public synchronized void expire(InteractionId id) {
        expired.add(id);
    }

    public synchronized List<MandalaReply> edits() {
        return List.copyOf(edits);
    }
}
