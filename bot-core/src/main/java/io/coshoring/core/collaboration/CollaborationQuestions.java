package io.coshoring.core.collaboration;

import static io.coshoring.core.adapter.LightMarkup.literal;

import io.coshoring.core.adapter.Button;
import io.coshoring.core.adapter.OutgoingMessage;
import io.coshoring.core.collaboration.CollaborationStore.Asked;
import io.coshoring.core.language.Phrases;
import io.coshoring.core.match.MatchStore;
import io.coshoring.core.match.ProposedMatch;
import io.coshoring.core.notify.DeliveryState;
import io.coshoring.core.notify.Notification;
import io.coshoring.core.notify.NotificationKind;
import io.coshoring.core.notify.OutboxStore;
import io.coshoring.core.post.MemberPost;
import io.coshoring.core.post.PostStore;
import io.coshoring.core.space.Member;
import io.coshoring.core.space.MemberLanguages;
import io.coshoring.core.space.MemberStore;
import io.coshoring.core.storage.Database;
import io.coshoring.core.text.MessageSplitter;
import io.coshoring.matching.PostKind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * "Did you work together?": a week after an introduction, asks each of the two, naming the other
 * and their post; a "not yet" is asked again once, a week after it. Each question is queued in the
 * transaction that marks it asked, so a restart or a crash asks no one twice.
 */
public final class CollaborationQuestions {

  public static final String YES = "worked:yes:";
  public static final String NOT_YET = "worked:not-yet:";
  public static final String NO = "worked:no:";

  /** Long enough to have started something; short enough that both still remember the other. */
  static final Duration AFTER = Duration.ofDays(7);

  /**
   * An introduction is asked about within this time after its week has passed, and never later: the
   * round after a long stop still asks, but the pairs introduced before the question existed,
   * months ago maybe, are not all asked at once on the day it ships.
   */
  private static final Duration LATEST = Duration.ofDays(7);

  private final Database database;
  private final CollaborationStore store;
  private final MatchStore matches;
  private final PostStore posts;
  private final MemberStore members;
  private final OutboxStore outbox;
  private final MemberLanguages languages;
  private final Clock clock;

  public CollaborationQuestions(
      Database database,
      CollaborationStore store,
      MatchStore matches,
      PostStore posts,
      MemberStore members,
      OutboxStore outbox,
      MemberLanguages languages,
      Clock clock) {
    this.database = database;
    this.store = store;
    this.matches = matches;
    this.posts = posts;
    this.members = members;
    this.outbox = outbox;
    this.languages = languages;
    this.clock = clock;
  }

  /** Queues the questions that are due; returns how many. */
  public int queueDue() {
    Instant now = clock.instant();
    Instant due = now.minus(AFTER);
    return database.write(
        handle -> {
          int queued = 0;
          for (String matchId : store.unasked(handle, due.minus(LATEST), due)) {
            ProposedMatch match = matches.find(handle, matchId).orElseThrow();
            for (String member : List.of(match.demandMemberId(), match.offerMemberId())) {
              queued += ask(handle, match, member, 1, now);
              store.askedFirst(handle, matchId, member, now);
            }
          }
          for (Asked notYet : store.notYetBy(handle, due)) {
            Optional<ProposedMatch> match = matches.find(handle, notYet.matchId());
            if (match.isPresent()) {
              queued += ask(handle, match.get(), notYet.memberId(), 2, now);
            }
            // Marked even when the pair is gone, so that it is not tried again every round.
            store.askedAgain(handle, notYet.matchId(), notYet.memberId(), now);
          }
          return queued;
        });
  }

  /** Queues the question, unless the other side or their post is gone; returns how many. */
  private int ask(Handle handle, ProposedMatch match, String memberId, int ask, Instant now) {
    String other = match.otherThan(memberId);
    String theirPost =
        match.demandMemberId().equals(memberId) ? match.offerPostId() : match.demandPostId();
    Optional<Member> them = members.find(other);
    Optional<MemberPost> post = posts.find(handle, theirPost);
    if (them.isEmpty() || post.isEmpty()) {
      return 0;
    }
    outbox.enqueue(
        handle,
        new Notification(
            UUID.randomUUID().toString(),
            "collaboration:" + match.id() + ":" + memberId + ":" + ask,
            memberId,
            NotificationKind.FOLLOW_UP,
            question(languages.of(memberId), match, them.get(), post.get(), ask),
            0,
            DeliveryState.PENDING,
            0,
            now,
            null,
            now,
            null));
    return 1;
  }

  private static OutgoingMessage question(
      Phrases phrases, ProposedMatch match, Member them, MemberPost theirs, int ask) {
    // The name and the post are the members' words: shown as text, never as markup.
    String text =
        phrases.get(
            ask == 1 ? "followup.ask" : "followup.askAgain",
            "name",
            literal(them.displayName()),
            "kind",
            theirs.kind() == PostKind.OFFER ? "offer" : "demand",
            "text",
            literal(MessageSplitter.shortened(theirs.text().replace('\n', ' '), 200)));
    return new OutgoingMessage(
        text,
        List.of(),
        List.of(
            new Button(YES + match.id(), phrases.get("followup.yes"), Button.Style.PRIMARY),
            new Button(NOT_YET + match.id(), phrases.get("followup.notYet"), Button.Style.NEUTRAL),
            new Button(NO + match.id(), phrases.get("followup.no"), Button.Style.NEUTRAL)));
  }
}
