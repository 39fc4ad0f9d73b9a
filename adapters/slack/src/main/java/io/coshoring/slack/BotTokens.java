package io.coshoring.slack;

import java.util.Optional;

/** The bot token that serves a workspace: the one configured, or the one its install stored. */
final class BotTokens {

  private final String singleWorkspaceToken;
  private final SlackInstallationStore installations;

  BotTokens(String singleWorkspaceToken, SlackInstallationStore installations) {
    this.singleWorkspaceToken = singleWorkspaceToken;
    this.installations = installations;
  }

  Optional<String> forTeam(String teamId) {
    return singleWorkspaceToken != null
        ? Optional.of(singleWorkspaceToken)
        : installations.botToken(teamId);
  }

  /** Slack refused the workspace's token for good: stop serving it. */
  void refused(String teamId, String error) {
    installations.deactivate(teamId, error);
  }
}
