package io.coshoring.discord;

import io.coshoring.core.command.CommandRouter;
import io.coshoring.core.api.Reply;
import io.coshoring.core.api.InboundCommand;
import io.coshoring.core.adapter.WorkQueue;
import io.coshoring.core.api.PostForm;
import io.coshoring.core.post.PostFormException;
import io.coshoring.matching.PostKind;
import java.util.StringJoiner;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /offer}, {@code /demand} and {@code /coshore}: deferred at once (Discord allows 3
 * seconds), then run by the core on the work queue, with the answer edited into the deferred,
 * ephemeral reply. {@code /offer} or {@code /demand} without text opens the posting modal.
 */
final class SlashCommandHandler {

  private static final Logger log = LoggerFactory.getLogger(SlashCommandHandler.class);

  private final CommandRouter commands;
  private final WorkQueue work;
  private final ClosedDms closedDms;

  SlashCommandHandler(CommandRouter commands, WorkQueue work, ClosedDms closedDms) {
    this.commands = commands;
    this.work = work;
    this.closedDms = closedDms;
  }

  void handle(SlashCommandInteractionEvent event) {
    if (event.getGuild() == null || event.getMember() == null) {
      event
          .reply("coshoring works inside a server: run this command in one.")
          .setEphemeral(true)
          .queue();
      return;
    }
    PostKind kind = kindOf(event.getName());
    if (kind != null && event.getOption(CommandDefinitions.TEXT) == null) {
      event.replyModal(PostingModal.modal(kind)).queue();
      return;
    }
    event.deferReply(true).queue();
    InboundCommand who =
        DiscordCallers.command(
            event.getGuild(),
            event.getMember(),
            event.getChannel().getId(),
            "/" + event.getName(),
            kind == null ? coshoreLine(event) : "");
    InteractionHook hook = event.getHook();
    boolean queued =
        work.submit(
            "/" + event.getName(),
            () -> {
              Reply reply = kind == null ? run(who) : post(who, form(kind, event));
              answer(hook, withNotice(who, reply));
            });
    if (!queued) {
      hook.editOriginal(
              "Sorry, I'm swamped right now and couldn't take that. Please try again in a minute.")
          .queue();
    }
  }

  /** A member whose DMs turned out closed hears it with their next answer. */
  private Reply withNotice(InboundCommand who, Reply reply) {
    return closedDms.takeNotice(who.memberId())
        ? Reply.privately(ClosedDms.NOTICE + "\n\n" + reply.message().text())
        : reply;
  }

  private Reply run(InboundCommand who) {
    return commands.handle(who);
  }

  private Reply post(InboundCommand who, PostForm form) {
    try {
      return commands.submitPost(who, form);
    } catch (PostFormException e) {
      return Reply.privately(PostingModal.errors(e));
    }
  }

  static void answer(InteractionHook hook, Reply reply) {
    hook.editOriginal(DiscordMessages.text(reply.message()))
        .queue(null, failure -> log.warn("Discord: could not answer: {}", failure.getMessage()));
  }

  private static PostForm form(PostKind kind, SlashCommandInteractionEvent event) {
    return new PostForm(
        kind,
        option(event, CommandDefinitions.TEXT),
        option(event, CommandDefinitions.SKILLS),
        option(event, kind == PostKind.OFFER ? CommandDefinitions.RATE : CommandDefinitions.BUDGET),
        option(event, CommandDefinitions.REMOTE),
        option(event, CommandDefinitions.CITY),
        option(event, CommandDefinitions.UNTIL),
        option(event, CommandDefinitions.VISIBILITY));
  }

  /** A subcommand and its options as the core's command line: {@code profile tz:Europe/Paris}. */
  private static String coshoreLine(SlashCommandInteractionEvent event) {
    StringJoiner line = new StringJoiner(" ");
    boolean bridge = "bridge".equals(event.getSubcommandGroup());
    if (bridge) {
      line.add("bridge");
    }
    line.add(event.getSubcommandName() == null ? "help" : event.getSubcommandName());
    for (OptionMapping option : event.getOptions()) {
      String value = option.getAsString().replace("\"", "'");
      switch (bridge ? "positional" : option.getName()) {
        case "id", "query", "positional" -> line.add(value);
        default ->
            line.add(option.getName() + ":" + (value.contains(" ") ? "\"" + value + "\"" : value));
      }
    }
    return line.toString();
  }

  private static String option(SlashCommandInteractionEvent event, String name) {
    OptionMapping option = event.getOption(name);
    return option == null ? null : option.getAsString();
  }

  private static PostKind kindOf(String name) {
    return switch (name) {
      case CommandDefinitions.OFFER -> PostKind.OFFER;
      case CommandDefinitions.DEMAND -> PostKind.DEMAND;
      default -> null;
    };
  }
}
