package io.coshoring.discord;

import io.coshoring.core.adapter.MemberRef;
import io.coshoring.core.adapter.MessageRef;
import io.coshoring.core.api.ButtonClick;
import io.coshoring.core.api.Coshoring;
import io.coshoring.core.api.Request;
import java.util.Optional;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;

/**
 * A click on one of the bot's buttons: taken by the core's inbox before Discord hears of it ({@link
 * InteractionRequests}); the core's answer edits the message in place ({@link DiscordReplies}): its
 * buttons give way to what the member chose.
 */
final class ButtonClicks {

  private final Coshoring core;
  private final InteractionRequests requests;

  ButtonClicks(Coshoring core, InteractionRequests requests) {
    this.core = core;
    this.requests = requests;
  }

  void handle(ButtonInteractionEvent event) {
    String userId = event.getUser().getId();
    String guildId = event.getGuild() == null ? null : event.getGuild().getId();
    String actionId = event.getComponentId();
    MessageRef where =
        new MessageRef(DiscordIds.channel(event.getChannel().getId()), event.getMessageId());
    String key = InteractionRequests.key(event);
    String replyTo = InteractionRequests.clickReplyTo(event);
    requests.take(
        event,
        () ->
            memberOf(userId, guildId)
                .map(
                    member ->
                        Request.click(key, new ButtonClick(member, actionId, where), replyTo)),
        InteractionRequests.said(event, "request.unknownOnDiscord"));
  }

  /**
   * The member who clicked: in a server, its member; in a DM, which does not say in which server,
   * the member the core last wrote to.
   */
  private Optional<MemberRef> memberOf(String userId, String guildId) {
    return guildId != null
        ? Optional.of(DiscordIds.member(guildId, userId))
        : core.memberLastWrittenTo(DiscordIds.PLATFORM, userId);
  }
}
