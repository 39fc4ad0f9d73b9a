package io.coshoring.slack;

import io.coshoring.core.adapter.AdapterTables;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At start, brings every stored bot token under the current key, in one transaction: tokens stored
 * in plain text before sealing existed, and tokens sealed with the previous key during a rotation,
 * are sealed again. Doing it at start, rather than as each is read, means that once the app has
 * started the previous key is no longer needed, and a copied data folder holds no plain token.
 */
final class TokenResealing {

  private static final Logger log = LoggerFactory.getLogger(TokenResealing.class);

  private final AdapterTables tables;
  private final TokenKeys keys;
  private final TokenCipher cipher;

  TokenResealing(AdapterTables tables, TokenKeys keys, TokenCipher cipher) {
    this.tables = tables;
    this.keys = keys;
    this.cipher = cipher;
  }

  /**
   * @param storesInstalls whether OAuth installs will store tokens from now on
   * @throws TokenKeyException when a token would be stored without a key, or a stored one cannot be
   *     opened with the keys given
   */
  void run(boolean storesInstalls) {
    if (keys == null) {
      refuseWithoutKey(storesInstalls);
      return;
    }
    int resealed =
        tables.write(
            handle -> {
              List<Stored> stale =
                  handle
                      .createQuery(
                          "SELECT team_id, bot_token FROM slack_installations ORDER BY team_id")
                      .map((rs, ctx) -> new Stored(rs.getString("team_id"), rs.getString(2)))
                      .list()
                      .stream()
                      .filter(row -> !cipher.sealedWithCurrentKey(row.value()))
                      .toList();
              for (Stored row : stale) {
                handle
                    .createUpdate(
                        "UPDATE slack_installations SET bot_token = :token WHERE team_id = :team")
                    .bind("token", cipher.seal(token(row), row.teamId()))
                    .bind("team", row.teamId())
                    .execute();
              }
              return stale.size();
            });
    if (resealed > 0) {
      log.info("Slack: {} stored bot token(s) are now sealed with the current key", resealed);
    }
  }

  private void refuseWithoutKey(boolean storesInstalls) {
    if (storesInstalls) {
      throw new TokenKeyException(
          "serving many workspaces through OAuth stores each one's bot token in the database, and"
              + " there is no secret key to encrypt them with");
    }
    int stored =
        tables.read(
            handle ->
                handle
                    .createQuery("SELECT COUNT(*) FROM slack_installations")
                    .mapTo(Integer.class)
                    .one());
    if (stored > 0) {
      throw new TokenKeyException(
          "the database holds the bot tokens of "
              + stored
              + " Slack workspace(s) installed through OAuth, and there is no secret key to"
              + " encrypt them with or to read them");
    }
  }

  /** The token a row holds: plain text from before sealing, or sealed with either key. */
  private String token(Stored row) {
    if (!TokenCipher.isSealed(row.value())) {
      return row.value();
    }
    try {
      return cipher.open(row.value(), row.teamId());
    } catch (TokenCipher.UnreadableToken e) {
      throw new TokenKeyException(
          "the bot token stored for Slack workspace "
              + row.teamId()
              + " cannot be read: "
              + e.getMessage()
              + (e.otherKey()
                  ? ". The keys given are "
                      + keys
                      + ": start with the key it was stored with, as the current key, or as the"
                      + " previous one to move to a new key"
                  : ". Restore the database from a backup, or delete that workspace's row from"
                      + " slack_installations and install the app there again"));
    }
  }

  /** A row's stored value, plain or sealed; never logged. */
  private record Stored(String teamId, String value) {
    @Override
    public String toString() {
      return "Stored[teamId=" + teamId + "]";
    }
  }
}
