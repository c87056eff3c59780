package mando.application;

import mando.domain.ApplicationId;
import mando.domain.Interaction;
import mando.domain.InteractionId;
import mando.domain.InteractionToken;

/** Test data for the application's tests. */
final class Fixtures {
    static final String TOKEN = "aW50ZXJhY3Rpb246MTIzNDU2Nzg5MDEyMzQ1Njc4OTpzZWNyZXQtdG9rZW4.x_y-z";
    static final ApplicationId APP = new ApplicationId("1174031232465760316");

    private Fixtures() {}

    static Interaction interaction(String id) {
        return new Interaction(new InteractionId(id), APP, new InteractionToken(TOKEN));
    }

    static Interaction interaction() {
        return interaction("1174031232465760317");
    }
}
