package mando.application.contract;

import java.net.URI;
import mando.domain.ApplicationId;
import mando.domain.Interaction;
import mando.domain.InteractionId;
import mando.domain.InteractionToken;
import mando.domain.MandalaReply;
import mando.domain.MandalaRequest;
import mando.domain.mandala.MandalaOptions;

/** Small, valid domain messages for the contract suites, numbered so that tests can tell them apart. */
public final class ContractFixtures {
    public static final String APPLICATION_ID = "987654321098765432";

    private ContractFixtures() {}

    public static Interaction interaction(int n) {
        return new Interaction(new InteractionId(String.valueOf(1_100_000_000_000_000_000L + n)),
                new ApplicationId(APPLICATION_ID), new InteractionToken("contract-token-" + n + ".secret_part"));
    }

    public static MandalaRequest request(int n) {
        return new MandalaRequest(interaction(n), MandalaOptions.ofSeed(1000L + n));
    }

    public static MandalaReply ready(int n) {
        return MandalaReply.ready(interaction(n), URI.create("https://images.example/mandalas/" + n + ".png"),
                "seed " + (1000 + n));
    }

    public static MandalaReply failed(int n) {
        return MandalaReply.failed(interaction(n), "Sorry, this mandala could not be drawn.");
    }
}
