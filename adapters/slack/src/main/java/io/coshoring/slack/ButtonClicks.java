package io.coshoring.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.LayoutBlock;
import io.coshoring.core.adapter.MessageRef;
import io.coshoring.core.adapter.WorkQueue;
import io.coshoring.core.api.ButtonClick;
import io.coshoring.core.api.Coshoring;
import io.coshoring.core.api.Reply;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A click on one of the bot's buttons ("I'm interested", "Still open"...): acked at once, answered
 * by the core, and the message updated in place: its buttons give way to what the member chose, so
 * that they cannot click twice.
 */
final class ButtonClicks {

  private static final Logger log = LoggerFactory.getLogger(ButtonClicks.class);

  private final Coshoring core;
  private final WorkQueue work;

  ButtonClicks(Coshoring core, WorkQueue work) {
    this.core = core;
    this.work = work;
  }

  void register(App app) {
    app.blockAction(Pattern.compile(".+"), this::handle);
  }

  private Response handle(BlockActionRequest request, ActionContext ctx) {
    BlockActionPayload payload = request.getPayload();
    if (payload.getActions() == null || payload.getActions().isEmpty()) {
      return ctx.ack();
    }
    MethodsClient client = ctx.client();
    work.submit("a button click", () -> click(payload, client));
    return ctx.ack();
  }

  private void click(BlockActionPayload payload, MethodsClient client) {
    String teamId = payload.getTeam().getId();
    String channel = payload.getContainer().getChannelId();
    String ts = payload.getContainer().getMessageTs();
    Reply reply =
        core.click(
            new ButtonClick(
                SlackIds.member(teamId, payload.getUser().getId()),
                payload.getActions().get(0).getActionId(),
                new MessageRef(SlackIds.channel(teamId, channel), ts)));
    List<LayoutBlock> blocks = new ArrayList<>();
    if (payload.getMessage() != null && payload.getMessage().getBlocks() != null) {
      for (LayoutBlock block : payload.getMessage().getBlocks()) {
        if (!(block instanceof ActionsBlock)) {
          blocks.add(block);
        }
      }
    }
    blocks.addAll(SlackRenderer.blocks(reply.message()));
    String text = payload.getMessage() == null ? null : payload.getMessage().getText();
    try {
      var updated =
          client.chatUpdate(
              r ->
                  r.channel(channel)
                      .ts(ts)
                      .text(text == null ? SlackRenderer.fallback(reply.message()) : text)
                      .blocks(blocks));
      if (!updated.isOk()) {
        log.warn("Slack: could not update a message in {}: {}", teamId, updated.getError());
      }
    } catch (IOException | SlackApiException e) {
      log.warn("Slack: could not update a message in {}: {}", teamId, e.getMessage());
    }
  }
}
