package io.coshoring.discord;

import io.coshoring.core.adapter.DeliveryException;
import io.coshoring.core.adapter.MemberRef;
import io.coshoring.core.adapter.OutgoingMessage;
import io.coshoring.core.adapter.Replier;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Supplier;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;

/**
 * Answers a member's command or form by editing the interaction's deferred, ephemeral reply, and a
 * click by editing the message clicked (the interaction's original); the token, all the core keeps,
 * stays valid for 15 minutes, after a restart too. An expired token is Discord's Unknown Webhook
 * (10015), which {@link DiscordFailures} makes permanent. An answer ready before Discord has the
 * deferral goes through the interaction's own hook, which waits for it ({@link
 * InteractionRequests}). A member whose DMs turned out closed hears it with their next answer.
 */
final class DiscordReplies implements Replier {

  /** Marks the token of a click, whose answer replaces the buttons of the message clicked. */
  static final String CLICKED = "clicked ";

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
  public void reply(MemberRef member, String replyTo, OutgoingMessage message)
      throws DeliveryException {
    DiscordSession live = session.get();
    if (live == null) {
      throw DeliveryException.temporary("Discord is not connected yet", null);
    }
    boolean click = replyTo.startsWith(CLICKED);
    String token = click ? replyTo.substring(CLICKED.length()) : replyTo;
    InteractionHook hook =
        requests.deferring(token).orElseGet(() -> InteractionHook.from(live.anyShard(), token));
    try {
      if (click) {
        answerInPlace(hook, withNotice(member, message));
      } else {
        // An answer may quote what members wrote (a search's results): it pings nobody.
        hook.editOriginal(DiscordRenderer.text(withNotice(member, message)))
            .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
            .complete();
      }
    } catch (ErrorResponseException e) {
      throw DiscordFailures.of(e);
    } catch (RuntimeException e) {
      throw DeliveryException.temporary("Discord did not take the answer: " + e.getMessage(), e);
    }
  }

  /**
   * The clicked message, read as it is now rather than kept from the click, since a restart may
   * come in between, with the answer in place of its buttons. A message without buttons was
   * answered already, by a run that a crash cut before it was recorded.
   */
  private static void answerInPlace(InteractionHook hook, OutgoingMessage answer) {
    Message clicked = hook.retrieveOriginal().complete();
    if (clicked.getComponents().isEmpty()) {
      return;
    }
    List<MessageEmbed> shown = new ArrayList<>(clicked.getEmbeds());
    shown.add(DiscordRenderer.embed(answer));
    hook.editOriginal(new MessageEditBuilder().setEmbeds(shown).setComponents().build()).complete();
  }

  private OutgoingMessage withNotice(MemberRef member, OutgoingMessage message) {
    return closedDms
        .takeNotice(member)
        .map(
            notice ->
                new OutgoingMessage(
                    notice + "\n\n" + message.text(), message.fields(), message.buttons()))
        .orElse(message);
  }
}
