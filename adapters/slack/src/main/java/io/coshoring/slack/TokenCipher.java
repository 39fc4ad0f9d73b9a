package io.coshoring.slack;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals a token for the database with AES-GCM, and opens it again. The stored form is {@code
 * v1:<key id>:<base64 of IV, ciphertext and tag>}, with a fresh random IV each time. The
 * workspace's team id is authenticated with it, so a token copied to another workspace's row does
 * not open.
 */
final class TokenCipher {

  static final String VERSION = "v1:";

  private static final String ALGORITHM = "AES/GCM/NoPadding";
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final TokenKeys keys;
  private final SecureRandom random = new SecureRandom();

  /**
   * @param keys null when the deployment has none: it serves one workspace with the token in its
   *     settings and stores no token, as {@link TokenResealing} makes sure at start
   */
  TokenCipher(TokenKeys keys) {
    this.keys = keys;
  }

  /** The token sealed with the current key, bound to the team. */
  String seal(String token, String teamId) {
    if (keys == null) {
      throw new IllegalStateException("there is no secret key to seal a bot token with");
    }
    TokenKeys.Key key = keys.current();
    byte[] iv = new byte[IV_BYTES];
    random.nextBytes(iv);
    try {
      Cipher cipher = Cipher.getInstance(ALGORITHM);
      cipher.init(Cipher.ENCRYPT_MODE, key.secret(), new GCMParameterSpec(TAG_BITS, iv));
      cipher.updateAAD(teamId.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = cipher.doFinal(token.getBytes(StandardCharsets.UTF_8));
      byte[] stored = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
      return VERSION + key.id() + ":" + Base64.getEncoder().encodeToString(stored);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is in every JDK: " + e.getMessage(), e);
    }
  }

  /**
   * The token a stored value holds, with whichever key sealed it.
   *
   * @throws UnreadableToken when the value is not sealed, was sealed with neither key, or fails its
   *     integrity check: changed, or sealed for another team
   */
  String open(String stored, String teamId) throws UnreadableToken {
    String[] parts = parts(stored);
    TokenKeys.Key key = keys == null ? null : keys.withId(parts[1]);
    if (key == null) {
      throw new UnreadableToken("it was encrypted with another key (id " + parts[1] + ")", true);
    }
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(parts[2]);
    } catch (IllegalArgumentException e) {
      throw new UnreadableToken("it fails its integrity check (not base64)", false);
    }
    if (bytes.length < IV_BYTES + TAG_BITS / 8) {
      throw new UnreadableToken("it fails its integrity check (too short)", false);
    }
    try {
      Cipher cipher = Cipher.getInstance(ALGORITHM);
      cipher.init(
          Cipher.DECRYPT_MODE, key.secret(), new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
      cipher.updateAAD(teamId.getBytes(StandardCharsets.UTF_8));
      byte[] token = cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES);
      return new String(token, StandardCharsets.UTF_8);
    } catch (AEADBadTagException e) {
      throw new UnreadableToken(
          "it fails its integrity check: it was changed, or copied from another workspace's row",
          false);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is in every JDK: " + e.getMessage(), e);
    }
  }

  /** Whether the value is sealed, with any key; tokens stored before sealing are plain text. */
  static boolean isSealed(String stored) {
    return stored.startsWith(VERSION);
  }

  /** Whether the value is sealed with the current key, so it needs nothing done at start. */
  boolean sealedWithCurrentKey(String stored) {
    return keys != null && stored.startsWith(VERSION + keys.current().id() + ":");
  }

  private static String[] parts(String stored) throws UnreadableToken {
    String[] parts = stored.split(":", 3);
    if (parts.length != 3 || !isSealed(stored)) {
      throw new UnreadableToken("it is not encrypted", false);
    }
    return parts;
  }

  /** A stored token that cannot be opened; the message says why, and never holds the value. */
  static final class UnreadableToken extends Exception {
    private static final long serialVersionUID = 1L;

    private final boolean otherKey;

    UnreadableToken(String why, boolean otherKey) {
      super(why);
      this.otherKey = otherKey;
    }

    /** Whether a key it was not given would open it, rather than the value being damaged. */
    boolean otherKey() {
      return otherKey;
    }
  }
}
