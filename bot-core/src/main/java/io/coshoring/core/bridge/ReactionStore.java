package io.coshoring.core.bridge;

import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * Who reacts with which emoji on each bridged message, kept by the message's original so that a
 * reaction on any of its copies counts for all. The bot's reaction on a copy stands for the members
 * of the other channels, so it is there while any of them reacts, and goes with the last.
 */
final class ReactionStore {

  /** A message as its original: the channel it was first written in, and its id there. */
  record Root(String channel, String message) {}

  /** Records the reaction; returns false when it was recorded already. */
  boolean add(Handle handle, Root root, String emoji, String channel, String member) {
    return change(
        handle,
        "INSERT INTO bridge_reactions (root_channel, root_message, emoji, channel, member)"
            + " VALUES (:rc, :rm, :e, :c, :m) ON CONFLICT DO NOTHING",
        root,
        emoji,
        channel,
        member);
  }

  /** Forgets the reaction; returns false when it was not recorded. */
  boolean remove(Handle handle, Root root, String emoji, String channel, String member) {
    return change(
        handle,
        "DELETE FROM bridge_reactions WHERE root_channel = :rc AND root_message = :rm"
            + " AND emoji = :e AND channel = :c AND member = :m",
        root,
        emoji,
        channel,
        member);
  }

  /** Runs an insert or delete of one reaction; returns whether it changed a row. */
  private static boolean change(
      Handle handle, String sql, Root root, String emoji, String channel, String member) {
    return handle
            .createUpdate(sql)
            .bind("rc", root.channel())
            .bind("rm", root.message())
            .bind("e", emoji)
            .bind("c", channel)
            .bind("m", member)
            .execute()
        > 0;
  }

  /** The channels where someone reacts with this emoji on the message. */
  Set<String> channelsReacting(Handle handle, Root root, String emoji) {
    return Set.copyOf(
        handle
            .createQuery(
                "SELECT DISTINCT channel FROM bridge_reactions WHERE root_channel = :rc"
                    + " AND root_message = :rm AND emoji = :e")
            .bind("rc", root.channel())
            .bind("rm", root.message())
            .bind("e", emoji)
            .mapTo(String.class)
            .list());
  }
}
