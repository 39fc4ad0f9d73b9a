package io.coshoring.core.match;

import io.coshoring.core.adapter.OutgoingMessage;
import io.coshoring.core.language.Phrasebook;
import io.coshoring.core.language.Phrases;
import io.coshoring.core.notify.DeliveryState;
import io.coshoring.core.notify.Notification;
import io.coshoring.core.notify.NotificationKind;
import io.coshoring.core.notify.OutboxStore;
import io.coshoring.core.space.NotifyMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * Queues the match messages in the caller's transaction. A member who chose a daily digest, or who
 * already had the day's share of match messages, has the proposal held for the digest; a member who
 * turned notifications off gets none.
 */
public final class MatchNotifier {

  private final OutboxStore outbox;
  private final Clock clock;
  private final int dailyCap;

  public MatchNotifier(OutboxStore outbox, Clock clock, int dailyCap) {
    this.outbox = outbox;
    this.clock = clock;
    this.dailyCap = dailyCap;
  }

  public void propose(Handle handle, ProposedMatch match, MatchSide demand, MatchSide offer) {
    proposeTo(handle, match, demand, offer);
    proposeTo(handle, match, offer, demand);
  }

  public void introduce(Handle handle, ProposedMatch match, MatchSide demand, MatchSide offer) {
    introduceTo(handle, match, demand, offer);
    introduceTo(handle, match, offer, demand);
  }

  private void proposeTo(Handle handle, ProposedMatch match, MatchSide to, MatchSide other) {
    offer(
        handle,
        match,
        to,
        MatchMessages.proposal(phrasesOf(to), match, other.post(), other.member(), other.space()));
  }

  /**
   * Proposes the pair to the card's author only: the member who found the card on the wall has
   * answered already. Under the proposal's key, so the pair is never proposed to them twice.
   */
  void interestFromWall(Handle handle, ProposedMatch match, MatchSide card, MatchSide interested) {
    offer(
        handle,
        match,
        card,
        MatchMessages.interestFromWall(
            phrasesOf(card),
            match,
            card.post(),
            interested.post(),
            interested.member(),
            interested.space()));
  }

  private void offer(Handle handle, ProposedMatch match, MatchSide to, OutgoingMessage message) {
    NotifyMode mode = to.member().notifyMode();
    if (mode == NotifyMode.OFF) {
      return;
    }
    Instant now = clock.instant();
    Instant startOfDay =
        LocalDate.ofInstant(now, to.post().zone()).atStartOfDay(to.post().zone()).toInstant();
    boolean overCap =
        outbox.countSince(handle, to.member().id(), NotificationKind.MATCH_PROPOSAL, startOfDay)
            >= dailyCap;
    DeliveryState state =
        mode == NotifyMode.DAILY || overCap ? DeliveryState.HELD : DeliveryState.PENDING;
    enqueue(
        handle,
        "proposal:" + match.id() + ":" + to.member().id(),
        to,
        NotificationKind.MATCH_PROPOSAL,
        message,
        match.score(),
        state);
  }

  private void introduceTo(Handle handle, ProposedMatch match, MatchSide to, MatchSide other) {
    OutgoingMessage message =
        MatchMessages.introduction(
            phrasesOf(to), match, other.member(), other.space(), other.post().zone().getId());
    enqueue(
        handle,
        "introduction:" + match.id() + ":" + to.member().id(),
        to,
        NotificationKind.INTRODUCTION,
        message,
        match.score(),
        DeliveryState.PENDING);
  }

  /** Written in the recipient's language, whoever's action sent it. */
  private static Phrases phrasesOf(MatchSide to) {
    return Phrasebook.standard().in(to.member().languageIn(to.space()));
  }

  private void enqueue(
      Handle handle,
      String key,
      MatchSide to,
      NotificationKind kind,
      OutgoingMessage message,
      double score,
      DeliveryState state) {
    Instant now = clock.instant();
    outbox.enqueue(
        handle,
        new Notification(
            UUID.randomUUID().toString(),
            key,
            to.member().id(),
            kind,
            message,
            score,
            state,
            0,
            now,
            null,
            now,
            null));
  }
}
