package io.coshoring.core.match;

import java.time.Instant;
import org.jdbi.v3.core.Handle;

/** Who asked not to be proposed whose posts again. */
public final class MuteStore {

  public void mute(Handle handle, String memberId, String mutedMemberId, Instant now) {
    handle
        .createUpdate(
            "INSERT INTO mutes (member_id, muted_member_id, created_at) VALUES (:m, :muted, :now)"
                + " ON CONFLICT DO NOTHING")
        .bind("m", memberId)
        .bind("muted", mutedMemberId)
        .bind("now", now.toEpochMilli())
        .execute();
  }

  /** Whether either member muted the other. */
  public boolean eitherMuted(Handle handle, String a, String b) {
    return handle
            .createQuery(
                "SELECT COUNT(*) FROM mutes WHERE (member_id = :a AND muted_member_id = :b)"
                    + " OR (member_id = :b AND muted_member_id = :a)")
            .bind("a", a)
            .bind("b", b)
            .mapTo(Integer.class)
            .one()
        > 0;
  }

  public int deleteAllOf(Handle handle, String memberId) {
    return handle
        .createUpdate("DELETE FROM mutes WHERE member_id = :m OR muted_member_id = :m")
        .bind("m", memberId)
        .execute();
  }
}
