package mando.bootstrap;

import dagger.Module;
import dagger.Provides;
import jakarta.inject.Singleton;
import mando.application.DroppedMessages;
import mando.application.MessageCodec;
import mando.application.QueueMessage;
import mando.application.RenderMandala;
import mando.domain.mandala.MandalaRenderer;
import mando.domain.port.ImageStore;
import mando.domain.port.ReplyQueue;

/** The image-generator's use case. Needs an {@link ImageStore} and a {@link ReplyQueue}. */
@Module(includes = MessagesModule.class)
interface GeneratorModule {
    /** Big enough to look sharp in Discord's embed, small enough to render and upload in milliseconds. */
    int IMAGE_SIZE = 1024;

    @Provides
    @Singleton
    static RenderMandala render(ImageStore images, ReplyQueue replies, MessageCodec codec, DroppedMessages dropped) {
        return new RenderMandala(new MandalaRenderer(), images, replies, codec, dropped, IMAGE_SIZE,
                QueueMessage.MAX_ATTEMPTS);
    }
}
