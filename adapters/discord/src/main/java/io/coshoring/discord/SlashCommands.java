package io.coshoring.discord;

import io.coshoring.core.adapter.WorkQueue;
import io.coshoring.core.api.Coshoring;
import io.coshoring.core.api.InboundCommand;
import io.coshoring.core.api.OpenPostForm;
import io.coshoring.core.api.PostForm;
import io.coshoring.core.api.Reply;
import io.coshoring.matching.PostKind;
import java.util.Optional;
import java.util.StringJoiner;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /offer}, {@code /demand} and {@code /coshore}: deferred at once (Discord allows 3
 * seconds), then run by the core on the work queue, with the answer edited into the deferred,
 * ephemeral reply. When the core answers {@code /offer} or {@code /demand} with the posting form
 * (typed without text), the modal opens instead.
 */
final class SlashCommands {

  private static final Logger log = LoggerFactory.getLogger(SlashCommands.class);

  private final Coshoring core;
  private final WorkQueue work;
  private final ClosedDms closedDms;

  SlashCommands(Coshoring core, WorkQueue work, ClosedDms closedDms) {
    this.core = core;
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
    String text = option(event, CommandDefinitions.TEXT);
    Optional<OpenPostForm> openForm = core.formFor("/" + event.getName(), text == null ? "" : text);
    if (openForm.isPresent()) {
      // A modal must be the interaction's first response: the core is asked before deferring.
      event.replyModal(PostModal.modal(openForm.get().kind())).queue();
      return;
    }
    event.deferReply(true).queue();
    PostKind kind = kindOf(event.getName());
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
              Reply reply =
                  kind == null
                      ? core.command(who)
                      : PostModal.reply(core.submit(who, form(kind, event)));
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
    return closedDms.takeNotice(who.member())
        ? Reply.privately(ClosedDms.NOTICE + "\n\n" + reply.message().text())
        : reply;
  }

  static void answer(InteractionHook hook, Reply reply) {
    hook.editOriginal(DiscordRenderer.text(reply.message()))
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
