package io.coshoring.core.api;

import io.coshoring.core.adapter.MemberRef;
import java.time.Instant;
import java.util.Optional;

/**
 * Members signed in on a web surface: who a platform's sign-in is as a member of the network, and
 * their sessions, kept in the database so that they outlive a restart and go with forget-me.
 */
public interface SignIns {

  /**
   * The member a user who signed in with their platform is, when the bot knows them: in {@code
   * space} when the platform says which (Slack's team), else the member they were last written to
   * as (a Discord user is a member in each server).
   */
  Optional<MemberRef> memberOf(String platform, String space, String user);

  /** Opens a session for the member; its token is shown once, here, for the browser to keep. */
  Session open(MemberRef member);

  /** The open session with this token; empty when unknown, expired, closed or forgotten. */
  Optional<Session> find(String token);

  /** Closes the session with this token, if it is open. */
  void close(String token);

  /**
   * A member's session on the web.
   *
   * @param token what the browser presents; only its hash is stored
   * @param name the member's name, as the page greets them
   * @param csrfToken what each of the session's forms must send back
   * @param spaceAdmin whether the member's space lists them as its admin: {@code /coshore setup}
   *     made them one, or another admin did. A platform's own admins who never ran it are not known
   *     here, since the web has no command to read their role from.
   */
  record Session(
      String token,
      MemberRef member,
      String name,
      String csrfToken,
      Instant expiresAt,
      boolean spaceAdmin) {}
}
