package io.coshoring.slack;

import com.slack.api.bolt.model.Bot;
import com.slack.api.bolt.model.Installer;
import com.slack.api.bolt.model.builtin.DefaultBot;
import com.slack.api.bolt.model.builtin.DefaultInstaller;
import com.slack.api.bolt.service.InstallationService;
import io.coshoring.core.adapter.AdapterTables;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BinaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bolt's installation store, in the adapter's own tables: one row a workspace, with its bot token.
 * A workspace whose token Slack refuses is marked inactive, so it stops being served while the
 * others go on; installing the app again makes it active. Tokens are stored encrypted ({@link
 * TokenCipher}); one that does not decrypt is reported and its workspace is not served.
 */
final class SlackInstallationStore implements InstallationService {

  private static final Logger log = LoggerFactory.getLogger(SlackInstallationStore.class);

  private final AdapterTables tables;
  private final Clock clock;
  private final TokenCipher cipher;

  SlackInstallationStore(AdapterTables tables, Clock clock, TokenCipher cipher) {
    this.tables = tables;
    this.clock = clock;
    this.cipher = cipher;
  }

  @Override
  public boolean isHistoricalDataEnabled() {
    return false;
  }

  @Override
  public void setHistoricalDataEnabled(boolean enabled) {
    if (enabled) {
      throw new UnsupportedOperationException("only the latest installation is kept");
    }
  }

  @Override
  public void saveInstallerAndBot(Installer installer) {
    tables.write(
        handle -> {
          handle
              .createUpdate("DELETE FROM slack_installations WHERE team_id = :team")
              .bind("team", installer.getTeamId())
              .execute();
          return handle
              .createUpdate(
                  "INSERT INTO slack_installations (team_id, enterprise_id, team_name, app_id,"
                      + " bot_id, bot_user_id, bot_token, bot_scopes, installer_user_id,"
                      + " installed_at, active) VALUES (:team, :enterprise, :name, :app, :bot,"
                      + " :botUser, :token, :scopes, :installer, :at, TRUE)")
              .bind("team", installer.getTeamId())
              .bind("enterprise", installer.getEnterpriseId())
              .bind("name", teamName(installer))
              .bind("app", installer.getAppId())
              .bind("bot", installer.getBotId())
              .bind("botUser", installer.getBotUserId())
              .bind("token", cipher.seal(installer.getBotAccessToken(), installer.getTeamId()))
              .bind("scopes", installer.getBotScope())
              .bind("installer", installer.getInstallerUserId())
              .bind("at", clock.millis())
              .execute();
        });
    log.info(
        "Slack workspace {} ({}) installed the app", installer.getTeamId(), teamName(installer));
  }

  private static String teamName(Installer installer) {
    return installer instanceof DefaultInstaller named ? named.getTeamName() : null;
  }

  @Override
  public void deleteBot(Bot bot) {
    delete(bot.getTeamId());
  }

  @Override
  public void deleteInstaller(Installer installer) {
    delete(installer.getTeamId());
  }

  @Override
  public Bot findBot(String enterpriseId, String teamId) {
    return active(teamId).map(SlackInstallationStore::bot).orElse(null);
  }

  @Override
  public Installer findInstaller(String enterpriseId, String teamId, String userId) {
    return active(teamId).map(SlackInstallationStore::installer).orElse(null);
  }

  /** The bot token of an active workspace. */
  Optional<String> botToken(String teamId) {
    return active(teamId).map(Row::botToken);
  }

  /** Stops serving a workspace whose token Slack no longer accepts. */
  void deactivate(String teamId, String reason) {
    int changed =
        tables.write(
            handle ->
                handle
                    .createUpdate(
                        "UPDATE slack_installations SET active = FALSE, deactivated_for = :reason"
                            + " WHERE team_id = :team AND active = TRUE")
                    .bind("team", teamId)
                    .bind("reason", reason)
                    .execute());
    if (changed > 0) {
      log.warn(
          "Slack workspace {} is marked inactive: Slack answered {}. Reinstall the app there to"
              + " serve it again.",
          teamId,
          reason);
    }
  }

  /** How many workspaces have a token stored, served or not. */
  int storedCount() {
    return tables.read(
        handle ->
            handle
                .createQuery("SELECT COUNT(*) FROM slack_installations")
                .mapTo(Integer.class)
                .one());
  }

  /**
   * Rewrites the stored token values, in one transaction: {@code rewrite} gets each team id and
   * stored value, by team id, and returns the new value, or the same one to keep it. Returns how
   * many changed; when {@code rewrite} throws, none did. The values replaced are gone from the
   * database's files, not only from its table: a plain token left in free space would leak.
   */
  int rewriteStoredTokens(BinaryOperator<String> rewrite) {
    int changed = replaceStoredTokens(rewrite);
    if (changed > 0) {
      tables.dropFreedSpace();
    }
    return changed;
  }

  private int replaceStoredTokens(BinaryOperator<String> rewrite) {
    return tables.write(
        handle -> {
          Map<String, String> stored = new TreeMap<>();
          handle
              .createQuery("SELECT team_id, bot_token FROM slack_installations")
              .map((rs, ctx) -> Map.entry(rs.getString("team_id"), rs.getString("bot_token")))
              .forEach(row -> stored.put(row.getKey(), row.getValue()));
          int changed = 0;
          for (Map.Entry<String, String> row : stored.entrySet()) {
            String value = rewrite.apply(row.getKey(), row.getValue());
            if (!value.equals(row.getValue())) {
              changed +=
                  handle
                      .createUpdate(
                          "UPDATE slack_installations SET bot_token = :token WHERE team_id = :team")
                      .bind("token", value)
                      .bind("team", row.getKey())
                      .execute();
            }
          }
          return changed;
        });
  }

  private void delete(String teamId) {
    tables.write(
        handle ->
            handle
                .createUpdate("DELETE FROM slack_installations WHERE team_id = :team")
                .bind("team", teamId)
                .execute());
  }

  private Optional<Row> active(String teamId) {
    if (teamId == null) {
      return Optional.empty();
    }
    return stored(teamId).flatMap(this::opened);
  }

  private Optional<Row> opened(Row row) {
    try {
      return Optional.of(row.withToken(cipher.open(row.botToken(), row.teamId())));
    } catch (TokenCipher.UnreadableToken e) {
      log.error(
          "Slack workspace {} is not served: its stored bot token cannot be read, as {}. Install"
              + " the app there again to store a new one.",
          row.teamId(),
          e.getMessage());
      return Optional.empty();
    }
  }

  /** The active row of the team, its token still encrypted. */
  private Optional<Row> stored(String teamId) {
    return tables.read(
        handle ->
            handle
                .createQuery(
                    "SELECT team_id, enterprise_id, team_name, app_id, bot_id, bot_user_id,"
                        + " bot_token, bot_scopes, installer_user_id, installed_at"
                        + " FROM slack_installations WHERE team_id = :team AND active = TRUE")
                .bind("team", teamId)
                .map(
                    (rs, ctx) ->
                        new Row(
                            rs.getString("team_id"),
                            rs.getString("enterprise_id"),
                            rs.getString("team_name"),
                            rs.getString("app_id"),
                            rs.getString("bot_id"),
                            rs.getString("bot_user_id"),
                            rs.getString("bot_token"),
                            rs.getString("bot_scopes"),
                            rs.getString("installer_user_id"),
                            rs.getLong("installed_at")))
                .findOne());
  }

  private static Bot bot(Row row) {
    DefaultBot bot = new DefaultBot();
    bot.setTeamId(row.teamId());
    bot.setEnterpriseId(row.enterpriseId());
    bot.setTeamName(row.teamName());
    bot.setAppId(row.appId());
    bot.setBotId(row.botId());
    bot.setBotUserId(row.botUserId());
    bot.setBotAccessToken(row.botToken());
    bot.setBotScope(row.botScopes());
    bot.setScope(row.botScopes());
    bot.setInstalledAt(row.installedAt());
    bot.setIsEnterpriseInstall(false);
    return bot;
  }

  private static Installer installer(Row row) {
    DefaultInstaller installer = new DefaultInstaller();
    installer.setTeamId(row.teamId());
    installer.setEnterpriseId(row.enterpriseId());
    installer.setTeamName(row.teamName());
    installer.setAppId(row.appId());
    installer.setBotId(row.botId());
    installer.setBotUserId(row.botUserId());
    installer.setBotAccessToken(row.botToken());
    installer.setBotScope(row.botScopes());
    installer.setScope(row.botScopes());
    installer.setInstallerUserId(row.installerUserId());
    installer.setInstalledAt(row.installedAt());
    installer.setIsEnterpriseInstall(false);
    return installer;
  }

  /** A row of the table; its token is never logged, so the record hides it. */
  private record Row(
      String teamId,
      String enterpriseId,
      String teamName,
      String appId,
      String botId,
      String botUserId,
      String botToken,
      String botScopes,
      String installerUserId,
      long installedAt) {

    Row withToken(String token) {
      return new Row(
          teamId,
          enterpriseId,
          teamName,
          appId,
          botId,
          botUserId,
          token,
          botScopes,
          installerUserId,
          installedAt);
    }

    @Override
    public String toString() {
      return "Row[teamId=" + teamId + ", teamName=" + teamName + "]";
    }
  }
}
