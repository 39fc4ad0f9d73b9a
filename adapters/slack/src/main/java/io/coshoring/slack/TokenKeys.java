package io.coshoring.slack;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES-256 keys that seal the bot tokens stored in the database: the current one, which seals,
 * and during a rotation the previous one, which only opens what it sealed before. Each has a short
 * id, stored beside every sealed value, so a value says which key it needs.
 */
public final class TokenKeys {

  public static final int KEY_BYTES = 32;

  private final Key current;
  private final Key previous;

  private TokenKeys(Key current, Key previous) {
    this.current = current;
    this.previous = previous;
  }

  /**
   * @param previous the key being rotated away from, or null
   * @throws IllegalArgumentException when a key is not {@value #KEY_BYTES} bytes long
   */
  public static TokenKeys of(byte[] current, byte[] previous) {
    return new TokenKeys(Key.of(current), previous == null ? null : Key.of(previous));
  }

  Key current() {
    return current;
  }

  /** The key with this id, current or previous, or null when neither has it. */
  Key withId(String id) {
    if (current.id().equals(id)) {
      return current;
    }
    return previous != null && previous.id().equals(id) ? previous : null;
  }

  @Override
  public String toString() {
    // Only the ids: they name a key without revealing it.
    return "TokenKeys[current="
        + current.id()
        + ", previous="
        + (previous == null ? "none" : previous.id())
        + "]";
  }

  /** A key and its id: the first 4 bytes of a SHA-256 over it, in hex. */
  record Key(String id, SecretKey secret) {

    static Key of(byte[] bytes) {
      if (bytes == null || bytes.length != KEY_BYTES) {
        throw new IllegalArgumentException(
            "a secret key is " + KEY_BYTES + " bytes, not " + (bytes == null ? 0 : bytes.length));
      }
      return new Key(idOf(bytes), new SecretKeySpec(bytes, "AES"));
    }

    private static String idOf(byte[] bytes) {
      try {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        // A label first, so the id is no plain hash of the key that could be matched elsewhere.
        sha.update("coshoring token key id".getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha.digest(bytes), 0, 4);
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("every JDK has SHA-256", e);
      }
    }

    @Override
    public String toString() {
      return "Key[" + id + "]";
    }
  }
}
