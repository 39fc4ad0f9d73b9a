package io.coshoring.discord;

import io.coshoring.core.api.Coshoring;
import io.coshoring.core.api.InboundCommand;
import io.coshoring.core.api.OpenPostForm;
import io.coshoring.core.api.PostForm;
import io.coshoring.core.language.Phrases;
import io.coshoring.matching.PostKind;
import java.util.Optional;
import java.util.StringJoiner;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;

/**
 * {@code /offer}, {@code /demand} and {@code /coshore}: committed to the core's inbox, then
 * deferred (Discord allows 3 seconds), so that a crash after the acknowledgement loses nothing; the
 * core runs the request and its answer is edited into the deferred, ephemeral reply ({@link
 * DiscordReplies}). When the core answers {@code /offer} or {@code /demand} with the posting form
 * (typed without text), the modal opens instead, in the member's language.
 */
final class SlashCommands {

  private final Coshoring core;
  private final InteractionRequests requests;

  SlashCommands(Coshoring core, InteractionRequests requests) {
    this.core = core;
    this.requests = requests;
  }

  void handle(SlashCommandInteractionEvent event) {
    if (event.getGuild() == null || event.getMember() == null) {
      event
          .reply(InteractionRequests.said(event, "discord.serversOnly"))
          .setEphemeral(true)
          .queue();
      return;
    }
    String text = option(event, CommandDefinitions.TEXT);
    Optional<OpenPostForm> openForm = core.formFor("/" + event.getName(), text == null ? "" : text);
    if (openForm.isPresent()) {
      // A modal must be the interaction's first response: the core is asked before deferring.
      Phrases phrases =
          core.phrasesFor(
              DiscordIds.member(event.getGuild().getId(), event.getMember().getId()),
              DiscordCallers.locale(event.getUserLocale()));
      event.replyModal(PostModal.modal(openForm.get().kind(), phrases)).queue();
      return;
    }
    PostKind kind = kindOf(event.getName());
    InboundCommand who =
        DiscordCallers.command(
            event.getGuild(),
            event.getMember(),
            event.getUserLocale(),
            DiscordCallers.channelOf(event.getChannel()),
            "/" + event.getName(),
            kind == null ? coshoreLine(event) : "");
    requests.take(event, who, kind == null ? null : form(kind, event));
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
        option(event, CommandDefinitions.VISIBILITY),
        option(event, CommandDefinitions.OVERLAP));
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
