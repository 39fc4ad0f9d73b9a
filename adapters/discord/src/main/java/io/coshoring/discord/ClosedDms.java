package io.coshoring.discord;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.coshoring.core.adapter.MemberRef;
import java.time.Duration;

/**
 * Members whose DMs turned out closed: a match message could not reach them. The next time they use
 * a command in their server, its ephemeral answer tells them, and how to open their DMs; the
 * message itself stays in the outbox as undeliverable, with its reason.
 */
final class ClosedDms {

  static final String NOTICE =
      "⚠️ I couldn't send you a direct message: your DMs are closed to this server's members."
          + " Turn on **Direct Messages** in this server's **Privacy Settings** to receive your"
          + " matches; `/coshore mine` shows them meanwhile.";

  private final Cache<MemberRef, Boolean> members =
      Caffeine.newBuilder().expireAfterWrite(Duration.ofDays(7)).maximumSize(100_000).build();

  void remember(MemberRef member) {
    members.put(member, true);
  }

  /** Whether the member should be told; telling them once is enough. */
  boolean takeNotice(MemberRef member) {
    return members.asMap().remove(member) != null;
  }
}
