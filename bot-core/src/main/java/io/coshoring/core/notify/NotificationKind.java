package io.coshoring.core.notify;

/** Why the bot writes to a member. */
public enum NotificationKind {
  MATCH_PROPOSAL,
  INTRODUCTION,
  EXPIRY_REMINDER,
  DIGEST,
  /** "Did you work together?", a week after an introduction. */
  FOLLOW_UP,
  /** The answer to a member's command or form. */
  REPLY
}
