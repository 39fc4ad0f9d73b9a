package io.coshoring.discord;

import io.coshoring.core.adapter.DeliveryException;
import io.coshoring.core.adapter.MemberRef;
import io.coshoring.core.adapter.MessageRef;
import io.coshoring.core.adapter.OutgoingMessage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
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
 * time. Each message carries a nonce drawn from its idempotency key, with {@code enforce_nonce}:
 * sent again after a crash or a lost answer, Discord returns the first message instead of showing a
 * second.
 */
final class DiscordDirectMessages {

  private final Supplier<DiscordSession> session;
  private final ClosedDms closedDms;

  DiscordDirectMessages(Supplier<DiscordSession> session, ClosedDms closedDms) {
    this.session = session;
    this.closedDms = closedDms;
  }

  /** Discord takes nonces of 25 characters at most. */
  private static final int NONCE_LENGTH = 25;

  MessageRef send(MemberRef member, OutgoingMessage message, String idempotencyKey)
      throws DeliveryException {
    String userId = DiscordIds.userOf(member);
    try {
      PrivateChannel dm = live().anyShard().openPrivateChannelById(userId).complete();
      Message sent =
          dm.sendMessage(
                  new MessageCreateBuilder()
                      .setEmbeds(DiscordRenderer.embed(message))
                      .setComponents(DiscordRenderer.buttons(message))
                      .build())
              .setNonce(nonceOf(idempotencyKey))
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

  /** The same key always gives the same nonce. */
  static String nonceOf(String idempotencyKey) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(idempotencyKey.getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(digest)
          .substring(0, NONCE_LENGTH);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
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
