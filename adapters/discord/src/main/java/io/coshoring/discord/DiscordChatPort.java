package io.coshoring.discord;

import io.coshoring.core.port.Adapter;
import io.coshoring.core.adapter.DeliveryException;
import io.coshoring.core.adapter.MessageRef;
import io.coshoring.core.adapter.OutgoingMessage;
import java.util.function.Supplier;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.concrete.PrivateChannel;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;

/**
 * Sends the core's messages through JDA, which keeps Discord's per-route rate limits and retries a
 * 429 after its Retry-After itself. Tells the core's dispatcher what a failure means: a member who
 * accepts no DM (Discord's 50007) cannot be reached, and is told so in the server next time.
 */
final class DiscordChatPort implements Adapter {

  private final Supplier<DiscordSession> session;
  private final ClosedDms closedDms;

  DiscordChatPort(Supplier<DiscordSession> session, ClosedDms closedDms) {
    this.session = session;
    this.closedDms = closedDms;
  }

  @Override
  public MessageRef sendDirect(String memberId, OutgoingMessage message, String idempotencyKey)
      throws DeliveryException {
    String userId = DiscordIds.userOf(memberId);
    try {
      PrivateChannel dm = live().anyShard().openPrivateChannelById(userId).complete();
      Message sent = dm.sendMessage(create(message)).complete();
      return new MessageRef(DiscordIds.channel(dm.getId()), sent.getId());
    } catch (ErrorResponseException e) {
      if (e.getErrorResponse() == ErrorResponse.CANNOT_SEND_TO_USER) {
        closedDms.remember(memberId);
        throw DeliveryException.permanent("the member accepts no direct message from the bot", e);
      }
      throw failure(e);
    } catch (RuntimeException e) {
      throw DeliveryException.temporary("Discord did not take the message: " + e.getMessage(), e);
    }
  }

  @Override
  public MessageRef post(String channelId, OutgoingMessage message) throws DeliveryException {
    try {
      MessageChannel channel = channel(channelId);
      Message sent = channel.sendMessage(create(message)).complete();
      return new MessageRef(channelId, sent.getId());
    } catch (ErrorResponseException e) {
      throw failure(e);
    } catch (RuntimeException e) {
      throw DeliveryException.temporary("Discord did not take the message: " + e.getMessage(), e);
    }
  }

  @Override
  public void update(MessageRef where, OutgoingMessage message) throws DeliveryException {
    try {
      channel(where.channelId())
          .editMessageById(
              where.messageId(),
              new MessageEditBuilder()
                  .setEmbeds(DiscordMessages.embed(message))
                  .setComponents(DiscordMessages.buttons(message))
                  .build())
          .complete();
    } catch (ErrorResponseException e) {
      throw failure(e);
    } catch (RuntimeException e) {
      throw DeliveryException.temporary("Discord did not take the edit: " + e.getMessage(), e);
    }
  }

  @Override
  public void delete(MessageRef where) throws DeliveryException {
    try {
      channel(where.channelId()).deleteMessageById(where.messageId()).complete();
    } catch (ErrorResponseException e) {
      throw failure(e);
    } catch (RuntimeException e) {
      throw DeliveryException.temporary("Discord did not delete: " + e.getMessage(), e);
    }
  }

  private MessageChannel channel(String channelId) throws DeliveryException {
    String id = DiscordIds.channelOf(channelId);
    MessageChannel channel = live().channel(id);
    if (channel == null) {
      throw DeliveryException.permanent("the bot cannot see channel " + id, null);
    }
    return channel;
  }

  private DiscordSession live() {
    DiscordSession current = session.get();
    if (current == null) {
      throw new IllegalStateException("Discord is not connected yet");
    }
    return current;
  }

  private static net.dv8tion.jda.api.utils.messages.MessageCreateData create(
      OutgoingMessage message) {
    return new MessageCreateBuilder()
        .setEmbeds(DiscordMessages.embed(message))
        .setComponents(DiscordMessages.buttons(message))
        .build();
  }

  private static DeliveryException failure(ErrorResponseException e) {
    // JDA has already retried what can be retried (429 after Retry-After, 5xx a few times).
    return e.isServerError()
        ? DeliveryException.temporary("Discord answered " + e.getErrorCode(), e)
        : DeliveryException.permanent(
            "Discord refused: " + e.getMeaning() + " (" + e.getErrorCode() + ")", e);
  }
}
