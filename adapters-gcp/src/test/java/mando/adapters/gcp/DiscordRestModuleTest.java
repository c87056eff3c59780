package mando.adapters.gcp;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import dagger.BindsInstance;
import dagger.Component;
import jakarta.inject.Singleton;
import mando.domain.port.DiscordReplies;
import org.junit.jupiter.api.Test;

final class DiscordRestModuleTest {
    @Singleton
    @Component(modules = DiscordRestModule.class)
    interface Wiring {
        DiscordReplies discord();

        @Component.Factory
        interface Factory {
            Wiring create(@BindsInstance DiscordApi api);
        }
    }

    @Test
    void module_withDiscordApiBound_providesOneRestClientPerComponent() {
        Wiring wiring = DaggerDiscordRestModuleTest_Wiring.factory()
                .create(new DiscordApi(DiscordApi.DEFAULT_BASE_URL));

        assertInstanceOf(DiscordRestClient.class, wiring.discord());
        assertSame(wiring.discord(), wiring.discord());
    }
}
