package io.coshoring.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import io.coshoring.core.adapter.WorkQueue;
import io.coshoring.core.api.Coshoring;
import io.coshoring.core.api.OpenPostForm;
import io.coshoring.core.api.Reply;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /offer}, {@code /demand} and {@code /coshore}: acked at once, then run by the core on a
 * worker, with the reply sent to the command's response URL, visible to the caller only. When the
 * core answers with the posting form ({@code /offer} or {@code /demand} with no text), the modal
 * opens instead.
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
    boolean queued =
        form.isPresent()
            ? work.submit(
                "opening the " + payload.getCommand() + " modal",
                () ->
                    modal.open(
                        form.get().kind(),
                        payload.getTriggerId(),
                        payload.getTeamId(),
                        ctx.client()))
            : work.submit(payload.getCommand(), () -> run(payload, text, ctx));
    return queued
        ? ctx.ack()
        : ctx.ack(
            "Sorry, I'm swamped right now and couldn't take that. Please try again in a minute.");
  }

  private void run(SlashCommandPayload payload, String text, SlashCommandContext ctx) {
    Reply reply = answer(payload, text);
    try {
      ctx.respond(
          r ->
              r.responseType(reply.ephemeral() ? "ephemeral" : "in_channel")
                  .text(SlackRenderer.fallback(reply.message()))
                  .blocks(SlackRenderer.blocks(reply.message())));
    } catch (IOException e) {
      log.warn(
          "Slack: could not answer {} of {} in {}: {}",
          payload.getCommand(),
          payload.getUserId(),
          payload.getTeamId(),
          e.getMessage());
    }
  }

  private Reply answer(SlashCommandPayload payload, String text) {
    try {
      return core.command(
          callers.command(
              payload.getTeamId(),
              payload.getTeamDomain(),
              payload.getUserId(),
              payload.getUserName(),
              payload.getCommand(),
              text,
              payload.getChannelId()));
    } catch (RuntimeException e) {
      // Slack has had its ack: the member must still hear that nothing was done.
      log.error(
          "Slack: {} from {} in {} failed",
          payload.getCommand(),
          payload.getUserId(),
          payload.getTeamId(),
          e);
      return Reply.privately(
          "Sorry, something went wrong on our side and nothing was saved. Please try again in a"
              + " moment.");
    }
  }
}
