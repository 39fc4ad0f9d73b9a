package io.coshoring.core.match;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The names members and spaces go by in one export of labels: the same id always gets the same name
 * within it, and nothing links a name back to an id, or to the names of another export. A plain
 * hash would not do: anyone holding a list of Slack or Discord ids could hash them and find who is
 * who. So each name is a keyed hash, under a key made for the export and never kept.
 */
final class Pseudonyms {

  private final Mac mac;

  private Pseudonyms(Mac mac) {
    this.mac = mac;
  }

  static Pseudonyms forOneExport() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return new Pseudonyms(mac);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java runtime has HmacSHA256", e);
    }
  }

  String of(String prefix, String id) {
    byte[] hash = mac.doFinal(id.getBytes(StandardCharsets.UTF_8));
    return prefix + HexFormat.of().formatHex(hash, 0, 6);
  }
}
