package io.coshoring.core.adapter;

/**
 * One attempt at delivering a notification. The key names the notification and is the same on every
 * attempt, so an adapter whose platform can recognise it (Discord's nonce, Slack's message
 * metadata) can keep a repeat from showing twice.
 *
 * @param attempt 1 for the first; a later attempt may follow one that reached the platform but was
 *     never recorded as sent
 */
public record Delivery(String idempotencyKey, int attempt) {

  public boolean mayHaveBeenSentBefore() {
    return attempt > 1;
  }
}
