package io.coshoring.discord;

import io.coshoring.core.adapter.MemberRef;
import io.coshoring.core.adapter.MessageRef;
import io.coshoring.core.adapter.WorkQueue;
import io.coshoring.core.api.ButtonClick;
import io.coshoring.core.api.Coshoring;
import io.coshoring.core.api.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A click on one of the bot's buttons: acknowledged at once, answered by the core, and the message
 * edited in place: its buttons give way to what the member chose.
 */
final class ButtonClicks {

  private static final Logger log = LoggerFactory.getLogger(ButtonClicks.class);

  private static final Reply UNKNOWN_MEMBER =
      Reply.privately(
          "Sorry, I don't know you as a member of any server yet. Run `/coshore help` in your"
              + " server to get started.");

  private final Coshoring core;
  private final WorkQueue work;

  ButtonClicks(Coshoring core, WorkQueue work) {
    this.core = core;
    this.work = work;
  }

  void handle(ButtonInteractionEvent event) {
    event.deferEdit().queue();
    String userId = event.getUser().getId();
    String guildId = event.getGuild() == null ? null : event.getGuild().getId();
    List<MessageEmbed> shown = new ArrayList<>(event.getMessage().getEmbeds());
    String actionId = event.getComponentId();
    MessageRef where =
        new MessageRef(DiscordIds.channel(event.getChannel().getId()), event.getMessageId());
    InteractionHook hook = event.getHook();
    work.submit(
        "a button click",
        () -> {
          Reply reply =
              memberOf(userId, guildId)
                  .map(member -> core.click(new ButtonClick(member, actionId, where)))
                  .orElse(UNKNOWN_MEMBER);
          shown.add(DiscordRenderer.embed(reply.message()));
          hook.editOriginal(new MessageEditBuilder().setEmbeds(shown).setComponents().build())
              .queue(
                  null,
                  failure ->
                      log.warn("Discord: could not update a message: {}", failure.getMessage()));
        });
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
