package mando.adapters.gcp;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import dagger.BindsInstance;
import dagger.Component;
import jakarta.inject.Singleton;
import mando.application.MessageCodec;
import mando.domain.port.ImageStore;
import mando.domain.port.ReplyQueue;
import mando.domain.port.RequestQueue;
import org.junit.jupiter.api.Test;

final class GcpAdaptersModuleTest {
    @Singleton
    @Component(modules = GcpAdaptersModule.class)
    interface Wiring {
        RequestQueue requests();

        ReplyQueue replies();

        ImageStore images();

        @Component.Factory
        interface Factory {
            Wiring create(@BindsInstance GcpSettings settings, @BindsInstance MessageCodec codec);
        }
    }

    @Test
    void module_withSettingsBound_sharesOnePubSubClientForBothQueuesAndConnectsNothingYet() {
        Wiring wiring = DaggerGcpAdaptersModuleTest_Wiring.factory()
                .create(GcpSettings.of("mando-test", "raw-discord-data", "reply-data", "bucket"), new MessageCodec());

        assertInstanceOf(PubSubQueues.class, wiring.requests());
        assertSame(wiring.requests(), wiring.replies());
        assertInstanceOf(CloudStorageImageStore.class, wiring.images());
        assertSame(wiring.images(), wiring.images());
    }
}
