package io.coshoring.core.post;

import io.coshoring.matching.Overlap;
import io.coshoring.matching.PostKind;
import io.coshoring.matching.Price;
import io.coshoring.matching.Visibility;
import io.coshoring.matching.WorkMode;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An offer or a demand as a member posted it and as it is stored. The engine's view of it adds the
 * member's profile and the space (see {@link EnginePosts}).
 *
 * @param id short and typable, for {@code /coshore close <id>}
 * @param price the rate of an offer or the budget of a demand; null when not given
 * @param availableUntil null when not given
 * @param overlap whether the work needs shared working hours; null leaves it to its skills
 * @param remindedAt when the author was told it expires soon; null before
 * @param caughtUpAt when it was matched again once searchable; null before
 */
public record MemberPost(
    String id,
    String memberId,
    PostKind kind,
    String text,
    WorkMode workMode,
    String city,
    Price price,
    LocalDate availableUntil,
    Visibility visibility,
    Overlap overlap,
    PostState state,
    Instant createdAt,
    Instant expiresAt,
    Instant remindedAt,
    Instant caughtUpAt) {

  public boolean isOpenAt(Instant now) {
    return state == PostState.OPEN && expiresAt.isAfter(now);
  }

  public MemberPost withState(PostState newState) {
    return new MemberPost(
        id,
        memberId,
        kind,
        text,
        workMode,
        city,
        price,
        availableUntil,
        visibility,
        overlap,
        newState,
        createdAt,
        expiresAt,
        remindedAt,
        caughtUpAt);
  }
}
