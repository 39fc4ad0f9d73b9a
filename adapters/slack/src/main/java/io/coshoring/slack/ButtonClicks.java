package io.coshoring.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.Message;
import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.LayoutBlock;
import io.coshoring.core.adapter.DeliveryException;
import io.coshoring.core.adapter.MemberRef;
import io.coshoring.core.adapter.MessageRef;
import io.coshoring.core.adapter.OutgoingMessage;
import io.coshoring.core.api.ButtonClick;
import io.coshoring.core.api.Coshoring;
import io.coshoring.core.api.Request;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A click on one of the bot's buttons ("I'm interested", "Still open"...): committed to the core's
 * inbox, then acked, so that a crash after the ack loses nothing. The core's answer comes back
 * through {@link SlackReplies}, and the message is updated in place: its buttons give way to what
 * the member chose, so that they cannot click twice. The message is read back when the answer is
 * ready rather than kept from the click, since a restart may come in between; a message whose
 * buttons are gone already was answered, by a run that a crash cut before it was recorded.
 */
final class ButtonClicks {

  private static final Logger log = LoggerFactory.getLogger(ButtonClicks.class);

  private final Coshoring core;
  private final SlackApi api;

  ButtonClicks(Coshoring core, SlackApi api) {
    this.core = core;
    this.api = api;
  }

  void register(App app) {
    app.blockAction(Pattern.compile(".+"), this::handle);
  }

  private Response handle(BlockActionRequest request, ActionContext ctx) {
    BlockActionPayload payload = request.getPayload();
    if (payload.getActions() == null || payload.getActions().isEmpty()) {
      return ctx.ack();
    }
    String team = payload.getTeam().getId();
    String channel = payload.getContainer().getChannelId();
    String ts = payload.getContainer().getMessageTs();
    ButtonClick click =
        new ButtonClick(
            SlackIds.member(team, payload.getUser().getId()),
            payload.getActions().get(0).getActionId(),
            new MessageRef(SlackIds.channel(team, channel), ts));
    try {
      // A trigger id is Slack's one id of a click.
      core.receive(
          Request.click(
              SlackIds.key(payload.getTriggerId()),
              click,
              new ClickedMessage(channel, ts, payload.getResponseUrl()).replyTo()));
      return ctx.ack();
    } catch (RuntimeException e) {
      log.error("Slack: a click from {} in {} could not be taken", click.member(), team, e);
      // Slack shows the member that the click failed, and the button can be clicked again.
      return Response.error(500);
    }
  }

  /**
   * Shows the core's answer in place of the clicked message's buttons; returns false when the
   * message cannot be read, for the answer to go to the click's response URL instead.
   */
  boolean answerInPlace(MemberRef member, ClickedMessage clicked, OutgoingMessage answer)
      throws DeliveryException {
    String team = SlackIds.teamOf(member);
    Optional<Message> shown = read(team, clicked);
    if (shown.isEmpty()) {
      return false;
    }
    List<LayoutBlock> blocks = new ArrayList<>();
    boolean hadButtons = false;
    for (LayoutBlock block : Optional.ofNullable(shown.get().getBlocks()).orElse(List.of())) {
      if (block instanceof ActionsBlock) {
        hadButtons = true;
      } else {
        blocks.add(block);
      }
    }
    if (!hadButtons) {
      return true;
    }
    blocks.addAll(SlackRenderer.blocks(answer));
    String text = shown.get().getText();
    api.call(
        team,
        client ->
            client.chatUpdate(
                r ->
                    r.channel(clicked.channel())
                        .ts(clicked.ts())
                        .text(
                            text == null || text.isEmpty() ? SlackRenderer.fallback(answer) : text)
                        .blocks(blocks)));
    return true;
  }

  /**
   * The clicked message as it is now, or empty when it cannot be read (a workspace that has not
   * granted the history scope of the channel's kind).
   */
  private Optional<Message> read(String team, ClickedMessage clicked) throws DeliveryException {
    return api.readIfAllowed(
            team,
            "the message clicked in " + clicked.channel(),
            client ->
                client.conversationsHistory(
                    r ->
                        r.channel(clicked.channel())
                            .latest(clicked.ts())
                            .oldest(clicked.ts())
                            .inclusive(true)
                            .limit(1)))
        .flatMap(
            history ->
                history.getMessages().stream()
                    .filter(m -> clicked.ts().equals(m.getTs()))
                    .findFirst());
  }
}
