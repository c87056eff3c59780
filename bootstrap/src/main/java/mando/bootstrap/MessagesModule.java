package mando.bootstrap;

import dagger.Module;
import dagger.Provides;
import jakarta.inject.Singleton;
import mando.application.DroppedMessages;
import mando.application.MessageCodec;

/** The queue message codec and the count of dropped messages, shared by everything that reads or writes queues. */
@Module
interface MessagesModule {
    @Provides
    @Singleton
    static MessageCodec codec() {
        return new MessageCodec();
    }

    @Provides
    @Singleton
    static DroppedMessages dropped() {
        return new DroppedMessages();
    }
}
