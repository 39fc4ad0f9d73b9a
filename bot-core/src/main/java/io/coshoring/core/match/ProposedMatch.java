package io.coshoring.core.match;

import io.coshoring.matching.Reason;
import java.time.Instant;
import java.util.List;

/**
 * A demand and an offer proposed to each other, with the engine's score and reasons, and each
 * side's answer (null until given).
 */
public record ProposedMatch(
    String id,
    String demandPostId,
    String offerPostId,
    String demandMemberId,
    String offerMemberId,
    double score,
    List<Reason> reasons,
    Answer demandAnswer,
    Answer offerAnswer,
    MatchState state,
    Instant createdAt) {

  public ProposedMatch {
    reasons = List.copyOf(reasons);
  }

  public static String idOf(String demandPostId, String offerPostId) {
    return demandPostId + "-" + offerPostId;
  }

  public boolean involves(String memberId) {
    return demandMemberId.equals(memberId) || offerMemberId.equals(memberId);
  }

  /** The member on the other side from {@code memberId}. */
  public String otherThan(String memberId) {
    return demandMemberId.equals(memberId) ? offerMemberId : demandMemberId;
  }

  public Answer answerOf(String memberId) {
    return demandMemberId.equals(memberId) ? demandAnswer : offerAnswer;
  }
}
