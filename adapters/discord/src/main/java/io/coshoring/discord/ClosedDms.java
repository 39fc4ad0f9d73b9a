package io.coshoring.discord;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.coshoring.core.adapter.MemberRef;
import io.coshoring.core.api.Coshoring;
import java.time.Duration;
import java.util.Optional;

/**
 * Members whose DMs turned out closed: a match message could not reach them. The next time they use
 * a command in their server, its ephemeral answer tells them, and how to open their DMs; the
 * message itself stays in the outbox as undeliverable, with its reason.
 */
final class ClosedDms {

  private final Coshoring core;

  private final Cache<MemberRef, Boolean> members =
      Caffeine.newBuilder().expireAfterWrite(Duration.ofDays(7)).maximumSize(100_000).build();

  ClosedDms(Coshoring core) {
    this.core = core;
  }

  void remember(MemberRef member) {
    members.put(member, true);
  }

  /** What to tell the member, in their language, if they should be told; once is enough. */
  Optional<String> takeNotice(MemberRef member) {
    if (members.asMap().remove(member) == null) {
      return Optional.empty();
    }
    return Optional.of(core.phrasesFor(member, null).get("discord.dmsClosed"));
  }
}
