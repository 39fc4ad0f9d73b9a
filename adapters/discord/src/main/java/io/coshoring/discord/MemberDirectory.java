package io.coshoring.discord;

import io.coshoring.core.storage.Database;
import java.util.List;

/**
 * Which member a Discord user is, when Discord does not say in which server: a click in a DM
 * carries only the user. A user in one server is that server's member; a user in several is the
 * member who was last sent a message, which the core's outbox knows.
 */
final class MemberDirectory {

  private final Database database;

  MemberDirectory(Database database) {
    this.database = database;
  }

  /** The member id of a user, in {@code guildId} when the interaction came from a server. */
  String memberOf(String userId, String guildId) {
    if (guildId != null) {
      return DiscordIds.member(guildId, userId);
    }
    List<String> known =
        database.read(
            handle ->
                handle
                    .createQuery(
                        "SELECT m.id FROM members m LEFT JOIN outbox o ON o.recipient_id = m.id"
                            + " WHERE m.id LIKE :pattern"
                            + " GROUP BY m.id ORDER BY COALESCE(MAX(o.created_at), 0) DESC")
                    .bind("pattern", "discord:%:" + userId)
                    .mapTo(String.class)
                    .list());
    if (known.isEmpty()) {
      throw new IllegalStateException("Discord user " + userId + " is not a member of any space");
    }
    return known.get(0);
  }
}
