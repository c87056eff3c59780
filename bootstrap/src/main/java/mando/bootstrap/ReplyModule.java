package mando.bootstrap;

import dagger.Module;
import dagger.Provides;
import jakarta.inject.Singleton;
import mando.application.DeliverReply;
import mando.application.DroppedMessages;
import mando.application.MessageCodec;
import mando.application.QueueMessage;
import mando.domain.ApplicationId;
import mando.domain.port.DiscordReplies;

/** The discord-reply step's use case. Needs the {@link ApplicationId} and a {@link DiscordReplies}. */
@Module(includes = MessagesModule.class)
interface ReplyModule {
    @Provides
    @Singleton
    static DeliverReply deliver(ApplicationId application, DiscordReplies discord, MessageCodec codec,
                                DroppedMessages dropped) {
        return new DeliverReply(application, discord, codec, dropped, QueueMessage.MAX_ATTEMPTS);
    }
}
