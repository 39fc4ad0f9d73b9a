package io.coshoring.core;

import io.coshoring.core.collaboration.CollaborationQuestions;
import io.coshoring.core.inbox.Inbox;
import io.coshoring.core.notify.DailyDigest;
import io.coshoring.core.post.ExpiryReminders;
import io.coshoring.core.schedule.BackgroundLoop;
import io.coshoring.core.storage.SeenEventStore;
import java.time.Duration;

/**
 * The periodic jobs: expiry reminders, daily digests, "did you work together?", and forgetting old
 * platform events and answered requests.
 */
final class Housekeeping implements AutoCloseable {

  private static final Duration EVERY = Duration.ofMinutes(1);

  private final DailyDigest digest;
  private final ExpiryReminders reminders;
  private final CollaborationQuestions followUps;
  private final SeenEventStore seenEvents;
  private final Inbox inbox;
  private final BackgroundLoop loop = new BackgroundLoop("coshoring-housekeeping", EVERY);

  Housekeeping(
      DailyDigest digest,
      ExpiryReminders reminders,
      CollaborationQuestions followUps,
      SeenEventStore seenEvents,
      Inbox inbox) {
    this.digest = digest;
    this.reminders = reminders;
    this.followUps = followUps;
    this.seenEvents = seenEvents;
    this.inbox = inbox;
  }

  void start() {
    loop.start(this::runOnce);
  }

  /** One round; what it queues is in the database already if a later step fails. */
  void runOnce() {
    reminders.queueDue();
    followUps.queueDue();
    digest.queueDue();
    seenEvents.forgetOld();
    inbox.forgetOld();
  }

  @Override
  public void close() {
    loop.close();
  }
}
