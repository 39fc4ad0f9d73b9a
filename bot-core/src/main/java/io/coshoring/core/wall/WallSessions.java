package io.coshoring.core.wall;

import io.coshoring.core.adapter.MemberRef;
import io.coshoring.core.api.SignIns;
import io.coshoring.core.notify.OutboxStore;
import io.coshoring.core.space.Member;
import io.coshoring.core.space.MemberStore;
import io.coshoring.core.space.SpaceStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Sessions on the wall, kept server-side rather than in signed cookies: a session must end when its
 * member signs out or is forgotten, which a cookie the server cannot take back would not.
 */
public final class WallSessions implements SignIns {

  /** How long a sign-in lasts: a month of visits, then the platform is asked again. */
  static final Duration LIFETIME = Duration.ofDays(30);

  private static final SecureRandom RANDOM = new SecureRandom();

  private final WallSessionStore store;
  private final MemberStore members;
  private final SpaceStore spaces;
  private final OutboxStore outbox;
  private final Clock clock;

  public WallSessions(
      WallSessionStore store,
      MemberStore members,
      SpaceStore spaces,
      OutboxStore outbox,
      Clock clock) {
    this.store = store;
    this.members = members;
    this.spaces = spaces;
    this.outbox = outbox;
    this.clock = clock;
  }

  @Override
  public Optional<MemberRef> memberOf(String platform, String space, String user) {
    List<String> ids =
        members.idsOfUser(platform, user).stream()
            .map(MemberRef::parse)
            // The store's pattern is a LIKE: only the user's own ids are kept.
            .filter(ref -> ref.local().equals(user))
            .filter(ref -> space == null || ref.space().local().equals(space))
            .map(MemberRef::id)
            .toList();
    if (ids.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(MemberRef.parse(outbox.lastWrittenTo(ids).orElse(ids.get(0))));
  }

  @Override
  public Session open(MemberRef member) {
    String token = randomToken();
    Instant now = clock.instant();
    WallSessionStore.Row row =
        new WallSessionStore.Row(member.id(), randomToken(), now.plus(LIFETIME));
    store.insert(hash(token), row, now);
    return session(token, member, row);
  }

  @Override
  public Optional<Session> find(String token) {
    if (token == null || token.isBlank()) {
      return Optional.empty();
    }
    return store
        .find(hash(token), clock.instant())
        .map(row -> session(token, MemberRef.parse(row.memberId()), row));
  }

  @Override
  public void close(String token) {
    if (token != null && !token.isBlank()) {
      store.delete(hash(token));
    }
  }

  /**
   * The session with what the member is now: their name as they last wrote, and whether their space
   * lists them as an admin, asked at each request so that a change counts at once.
   */
  private Session session(String token, MemberRef member, WallSessionStore.Row row) {
    Optional<Member> known = members.find(member.id());
    boolean admin =
        known
            .flatMap(found -> spaces.find(found.spaceId()))
            .map(space -> space.isAdmin(member.id()))
            .orElse(false);
    return new Session(
        token,
        member,
        known.map(Member::displayName).orElse(member.local()),
        row.csrfToken(),
        row.expiresAt(),
        admin);
  }

  private static String randomToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String hash(String token) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
