package io.coshoring.slack;

import com.slack.api.app_backend.SlackSignature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;

/**
 * Whether a request is Slack's: signed with the app's signing secret over its exact bytes, and
 * stamped within five minutes of now, either way, so that a captured request cannot be replayed
 * later nor one stamped ahead be kept for later. Checked before anything reads the body.
 */
final class SlackSignatureCheck {

  private static final Duration TOLERANCE = Duration.ofMinutes(5);

  private final SlackSignature.Generator signatures;

  SlackSignatureCheck(String signingSecret) {
    this.signatures = new SlackSignature.Generator(signingSecret);
  }

  boolean isSlacks(String timestamp, String signature, byte[] body, Instant now) {
    if (timestamp == null || signature == null) {
      return false;
    }
    long stamped;
    try {
      stamped = Long.parseLong(timestamp.strip());
    } catch (NumberFormatException e) {
      return false;
    }
    if (Math.abs(now.getEpochSecond() - stamped) > TOLERANCE.toSeconds()) {
      return false;
    }
    String expected =
        signatures.generate(timestamp.strip(), new String(body, StandardCharsets.UTF_8));
    // Compared in constant time: how long a refusal takes tells nothing of the right signature.
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.US_ASCII),
        signature.strip().getBytes(StandardCharsets.US_ASCII));
  }
}
