package mando.bootstrap;

import dagger.BindsInstance;
import dagger.Component;
import jakarta.inject.Singleton;
import mando.adapters.gcp.GcpAdaptersModule;
import mando.adapters.gcp.GcpSettings;
import mando.application.DroppedMessages;
import mando.application.RenderMandala;

/** Wiring of the {@code image-generator} function: render, store in Cloud Storage, publish to Pub/Sub. */
@Singleton
@Component(modules = {GeneratorModule.class, GcpAdaptersModule.class})
interface ImageGeneratorComponent {
    RenderMandala render();

    DroppedMessages dropped();

    @Component.Factory
    interface Factory {
        ImageGeneratorComponent create(@BindsInstance GcpSettings gcp);
    }
}
