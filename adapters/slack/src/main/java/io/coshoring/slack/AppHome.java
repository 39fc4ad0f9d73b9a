package io.coshoring.slack;

import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.view.Views.view;

import com.slack.api.bolt.App;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.event.AppHomeOpenedEvent;
import io.coshoring.core.adapter.OutgoingMessage;
import io.coshoring.core.adapter.WorkQueue;
import io.coshoring.core.api.Coshoring;
import io.coshoring.core.api.InboundCommand;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's Home tab: the member's open posts, their matches and where each stands, and their
 * profile, drawn afresh each time they open it, in their language.
 */
final class AppHome {

  private static final Logger log = LoggerFactory.getLogger(AppHome.class);

  private final Coshoring core;
  private final SlackCallers callers;
  private final WorkQueue work;

  AppHome(Coshoring core, SlackCallers callers, WorkQueue work) {
    this.core = core;
    this.callers = callers;
    this.work = work;
  }

  void register(App app) {
    app.event(
        AppHomeOpenedEvent.class,
        (payload, ctx) -> {
          AppHomeOpenedEvent event = payload.getEvent();
          if ("home".equals(event.getTab())) {
            String teamId = payload.getTeamId();
            MethodsClient client = ctx.client();
            work.submit("drawing the Home tab", () -> publish(teamId, event.getUser(), client));
          }
          return ctx.ack();
        });
  }

  private void publish(String teamId, String userId, MethodsClient client) {
    InboundCommand who = callers.command(teamId, null, userId, userId, "/coshore", "", null);
    List<OutgoingMessage> parts = core.overview(who);
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(header(h -> h.text(plainText("coshoring"))));
    for (OutgoingMessage part : parts) {
      blocks.addAll(SlackRenderer.blocks(part));
      blocks.add(divider());
    }
    blocks.addAll(
        SlackRenderer.blocks(
            OutgoingMessage.text(core.phrasesFor(who.member(), who.locale()).get("home.closing"))));
    try {
      var published =
          client.viewsPublish(r -> r.userId(userId).view(view(v -> v.type("home").blocks(blocks))));
      if (!published.isOk()) {
        log.warn("Slack: could not draw the Home tab in {}: {}", teamId, published.getError());
      }
    } catch (IOException | SlackApiException e) {
      log.warn("Slack: could not draw the Home tab in {}: {}", teamId, e.getMessage());
    }
  }
}
