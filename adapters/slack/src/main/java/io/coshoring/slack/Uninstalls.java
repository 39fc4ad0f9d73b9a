package io.coshoring.slack;

import com.slack.api.bolt.App;
import com.slack.api.model.event.AppUninstalledEvent;
import com.slack.api.model.event.TokensRevokedEvent;
import io.coshoring.core.api.Coshoring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A workspace that uninstalls the app, or revokes its bot token, is marked inactive at once, rather
 * than at the next call that fails, and its bridged channels are paused: the other side sees it in
 * {@code /coshore bridge status}, and nothing is queued for a workspace the bot cannot write to.
 */
final class Uninstalls {

  private static final Logger log = LoggerFactory.getLogger(Uninstalls.class);

  private final Coshoring core;
  private final BotTokens tokens;

  Uninstalls(Coshoring core, BotTokens tokens) {
    this.core = core;
    this.tokens = tokens;
  }

  void register(App app) {
    app.event(
        AppUninstalledEvent.class,
        (payload, ctx) -> {
          left(payload.getTeamId(), "app_uninstalled");
          return ctx.ack();
        });
    app.event(
        TokensRevokedEvent.class,
        (payload, ctx) -> {
          TokensRevokedEvent.Tokens revoked = payload.getEvent().getTokens();
          if (revoked != null && revoked.getBot() != null && !revoked.getBot().isEmpty()) {
            left(payload.getTeamId(), "tokens_revoked");
          }
          return ctx.ack();
        });
  }

  private void left(String team, String why) {
    log.info("Slack: workspace {} removed the app ({}); its bridges are paused", team, why);
    tokens.refused(team, why);
    core.spaceLeft(SlackIds.space(team));
  }
}
