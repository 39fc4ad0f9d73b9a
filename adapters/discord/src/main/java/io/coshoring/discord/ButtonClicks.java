package io.coshoring.discord;

import io.coshoring.core.api.Reply;
import io.coshoring.core.command.ButtonRouter;
import io.coshoring.core.api.ButtonClick;
import io.coshoring.core.adapter.MessageRef;
import io.coshoring.core.adapter.WorkQueue;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A click on one of the bot's buttons, in a DM: acknowledged at once, answered by the core, and the
 * message edited in place: its buttons give way to what the member chose.
 */
final class ButtonClicks {

  private static final Logger log = LoggerFactory.getLogger(ButtonClicks.class);

  private final ButtonRouter buttons;
  private final WorkQueue work;
  private final MemberDirectory members;

  ButtonClicks(ButtonRouter buttons, WorkQueue work, MemberDirectory members) {
    this.buttons = buttons;
    this.work = work;
    this.members = members;
  }

  void handle(ButtonInteractionEvent event) {
    event.deferEdit().queue();
    String userId = event.getUser().getId();
    String memberId =
        members.memberOf(userId, event.getGuild() == null ? null : event.getGuild().getId());
    List<MessageEmbed> shown = new ArrayList<>(event.getMessage().getEmbeds());
    String actionId = event.getComponentId();
    MessageRef where =
        new MessageRef(DiscordIds.channel(event.getChannel().getId()), event.getMessageId());
    InteractionHook hook = event.getHook();
    work.submit(
        "a button click",
        () -> {
          Reply reply =
              buttons.click(new ButtonClick(spaceOf(memberId), memberId, actionId, where));
          shown.add(DiscordMessages.embed(reply.message()));
          hook.editOriginal(new MessageEditBuilder().setEmbeds(shown).setComponents().build())
              .queue(
                  null,
                  failure ->
                      log.warn("Discord: could not update a message: {}", failure.getMessage()));
        });
  }

  private static String spaceOf(String memberId) {
    return memberId.substring(0, memberId.lastIndexOf(':'));
  }
}
