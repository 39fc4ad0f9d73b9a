package io.coshoring.discord;

import io.coshoring.core.adapter.DeliveryException;
import io.coshoring.core.adapter.MemberRef;
import io.coshoring.core.adapter.OutgoingMessage;
import io.coshoring.core.adapter.Replier;
import java.util.function.Supplier;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.interactions.InteractionHook;

/**
 * Answers a member's command or form by editing the interaction's deferred, ephemeral reply; its
 * token, all the core keeps, stays valid for 15 minutes, after a restart too. An expired token is
 * Discord's Unknown Webhook (10015), which {@link DiscordFailures} makes permanent. An answer ready
 * before Discord has the deferral goes through the interaction's own hook, which waits for it
 * ({@link InteractionRequests}). A member whose DMs turned out closed hears it with their next
 * answer.
 */
final class DiscordReplies implements Replier {

  private final Supplier<DiscordSession> session;
  private final InteractionRequests requests;
  private final ClosedDms closedDms;

  DiscordReplies(
      Supplier<DiscordSession> session, InteractionRequests requests, ClosedDms closedDms) {
    this.session = session;
    this.requests = requests;
    this.closedDms = closedDms;
  }

  @Override
  public void reply(MemberRef member, String token, OutgoingMessage message)
      throws DeliveryException {
    DiscordSession live = session.get();
    if (live == null) {
      throw DeliveryException.temporary("Discord is not connected yet", null);
    }
    InteractionHook hook =
        requests.deferring(token).orElseGet(() -> InteractionHook.from(live.anyShard(), token));
    try {
      hook.editOriginal(DiscordRenderer.text(withNotice(member, message))).complete();
    } catch (ErrorResponseException e) {
      throw DiscordFailures.of(e);
    } catch (RuntimeException e) {
      throw DeliveryException.temporary("Discord did not take the answer: " + e.getMessage(), e);
    }
  }

  private OutgoingMessage withNotice(MemberRef member, OutgoingMessage message) {
    return closedDms.takeNotice(member)
        ? new OutgoingMessage(
            ClosedDms.NOTICE + "\n\n" + message.text(), message.fields(), message.buttons())
        : message;
  }
}
