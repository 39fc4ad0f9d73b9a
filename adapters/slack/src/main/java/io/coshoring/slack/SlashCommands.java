package io.coshoring.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import io.coshoring.core.adapter.WorkQueue;
import io.coshoring.core.api.Coshoring;
import io.coshoring.core.api.OpenPostForm;
import io.coshoring.core.api.Request;
import io.coshoring.core.language.Language;
import io.coshoring.core.language.Phrasebook;
import io.coshoring.core.language.Phrases;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /offer}, {@code /demand} and {@code /coshore}: committed to the core's inbox, then acked,
 * so that a crash after the ack loses nothing; the core runs the command and its answer comes back
 * through {@link SlackReplies} to the command's response URL, visible to the caller only. When the
 * core says the command opens the posting form ({@code /offer} or {@code /demand} with no text),
 * the modal opens instead.
 */
final class SlashCommands {

  private static final Logger log = LoggerFactory.getLogger(SlashCommands.class);

  static final List<String> NAMES = List.of("/offer", "/demand", "/coshore");

  private final Coshoring core;
  private final SlackCallers callers;
  private final PostModal modal;
  private final WorkQueue work;

  SlashCommands(Coshoring core, SlackCallers callers, PostModal modal, WorkQueue work) {
    this.core = core;
    this.callers = callers;
    this.modal = modal;
    this.work = work;
  }

  void register(App app) {
    for (String name : NAMES) {
      app.command(name, this::handle);
    }
  }

  private Response handle(SlashCommandRequest request, SlashCommandContext ctx) {
    SlashCommandPayload payload = request.getPayload();
    String text = payload.getText() == null ? "" : payload.getText().strip();
    Optional<OpenPostForm> form = core.formFor(payload.getCommand(), text);
    if (form.isPresent()) {
      boolean queued =
          work.submit(
              "opening the " + payload.getCommand() + " modal",
              () ->
                  modal.open(
                      form.get().kind(),
                      payload.getTriggerId(),
                      payload.getTeamId(),
                      payload.getUserId(),
                      ctx.client()));
      return queued ? ctx.ack() : ctx.ack(notTaken(payload));
    }
    try {
      // A trigger id is Slack's one id of a command typed; the answer goes to its response URL.
      core.receive(
          Request.command(
              SlackIds.key(payload.getTriggerId()),
              callers.taken(
                  payload.getTeamId(),
                  payload.getTeamDomain(),
                  payload.getUserId(),
                  payload.getUserName(),
                  payload.getCommand(),
                  text,
                  payload.getChannelId()),
              payload.getResponseUrl()));
      return ctx.ack();
    } catch (RuntimeException e) {
      log.error(
          "Slack: {} from {} in {} could not be taken",
          payload.getCommand(),
          payload.getUserId(),
          payload.getTeamId(),
          e);
      return ctx.ack(notTaken(payload));
    }
  }

  /**
   * Sorry, in the member's language if the core can still say it; in English when what failed is
   * what knows their language.
   */
  private String notTaken(SlashCommandPayload payload) {
    Phrases phrases;
    try {
      phrases = core.phrasesFor(SlackIds.member(payload.getTeamId(), payload.getUserId()), null);
    } catch (RuntimeException e) {
      phrases = Phrasebook.standard().in(Language.ENGLISH);
    }
    return phrases.get("request.notTaken");
  }
}
