package io.coshoring.discord;

import io.coshoring.core.adapter.DeliveryException;
import io.coshoring.core.adapter.MemberRef;
import io.coshoring.core.adapter.MessageRef;
import io.coshoring.core.adapter.OutgoingMessage;
import java.util.function.Supplier;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.concrete.PrivateChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;

/**
 * Sends the core's direct messages through JDA, which keeps Discord's per-route rate limits and
 * retries a 429 after its Retry-After itself. Tells the core's dispatcher what a failure means: a
 * member who accepts no DM (Discord's 50007) cannot be reached, and is told so in the server next
 * time.
 */
final class DiscordDirectMessages {

  private final Supplier<DiscordSession> session;
  private final ClosedDms closedDms;

  DiscordDirectMessages(Supplier<DiscordSession> session, ClosedDms closedDms) {
    this.session = session;
    this.closedDms = closedDms;
  }

  MessageRef send(MemberRef member, OutgoingMessage message) throws DeliveryException {
    String userId = DiscordIds.userOf(member);
    try {
      PrivateChannel dm = live().anyShard().openPrivateChannelById(userId).complete();
      Message sent =
          dm.sendMessage(
                  new MessageCreateBuilder()
                      .setEmbeds(DiscordRenderer.embed(message))
                      .setComponents(DiscordRenderer.buttons(message))
                      .build())
              .complete();
      return new MessageRef(DiscordIds.channel(dm.getId()), sent.getId());
    } catch (ErrorResponseException e) {
      if (e.getErrorResponse() == ErrorResponse.CANNOT_SEND_TO_USER) {
        closedDms.remember(member);
        throw DeliveryException.permanent("the member accepts no direct message from the bot", e);
      }
      throw DiscordFailures.of(e);
    } catch (RuntimeException e) {
      throw DeliveryException.temporary("Discord did not take the message: " + e.getMessage(), e);
    }
  }

  private DiscordSession live() {
    DiscordSession current = session.get();
    if (current == null) {
      throw new IllegalStateException("Discord is not connected yet");
    }
    return current;
  }
}
