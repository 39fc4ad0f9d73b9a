package io.coshoring.core.notify;

/** Why the bot writes to a member. */
public enum NotificationKind {
  MATCH_PROPOSAL,
  INTRODUCTION,
  EXPIRY_REMINDER,
  DIGEST
}
