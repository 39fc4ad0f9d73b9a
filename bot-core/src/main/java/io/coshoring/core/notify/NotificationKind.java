package io.coshoring.core.notify;

/** Why the bot writes to a member. */
public enum NotificationKind {
  MATCH_PROPOSAL,
  INTRODUCTION,
  EXPIRY_REMINDER,
  DIGEST,
  /** The answer to a member's command or form. */
  REPLY
}
