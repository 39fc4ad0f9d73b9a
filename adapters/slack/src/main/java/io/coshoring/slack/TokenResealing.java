package io.coshoring.slack;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At start, brings every stored bot token under the current key, in one transaction: tokens stored
 * in plain text before encryption existed, and tokens encrypted with the previous key during a
 * rotation, are encrypted again. Doing it at start, rather than as each is read, means that once
 * the app has started the previous key is no longer needed, and a copied data folder holds no plain
 * token.
 */
final class TokenResealing {

  private static final Logger log = LoggerFactory.getLogger(TokenResealing.class);

  private final SlackInstallationStore installations;
  private final TokenKeys keys;
  private final TokenCipher cipher;

  TokenResealing(SlackInstallationStore installations, TokenKeys keys, TokenCipher cipher) {
    this.installations = installations;
    this.keys = keys;
    this.cipher = cipher;
  }

  /**
   * @param storesInstalls whether OAuth installs will store tokens from now on
   * @throws TokenKeyException when a token would be stored without a key, or a stored one cannot be
   *     read with the keys given
   */
  void run(boolean storesInstalls) {
    if (keys == null) {
      refuseWithoutKey(storesInstalls);
      return;
    }
    int resealed =
        installations.rewriteStoredTokens(
            (team, value) ->
                cipher.sealedWithCurrentKey(value) ? value : cipher.seal(token(team, value), team));
    if (resealed > 0) {
      log.info("Slack: {} stored bot token(s) are now encrypted with the current key", resealed);
    }
  }

  private void refuseWithoutKey(boolean storesInstalls) {
    if (storesInstalls) {
      throw new TokenKeyException(
          "serving many workspaces through OAuth stores each one's bot token in the database, and"
              + " there is no secret key to encrypt them with");
    }
    int stored = installations.storedCount();
    if (stored > 0) {
      throw new TokenKeyException(
          "the database holds the bot tokens of "
              + stored
              + " Slack workspace(s) installed through OAuth, and there is no secret key to"
              + " encrypt them with or to read them");
    }
  }

  /** The token a stored value holds: plain text from before encryption, or encrypted with a key. */
  private String token(String team, String value) {
    if (!TokenCipher.isSealed(value)) {
      return value;
    }
    try {
      return cipher.open(value, team);
    } catch (TokenCipher.UnreadableToken e) {
      throw new TokenKeyException(
          "the bot token stored for Slack workspace "
              + team
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
}
