package io.coshoring.core.adapter;

/**
 * One attempt at delivering a notification. The key names the notification and is the same on every
 * attempt, so an adapter whose platform can recognise it (Discord's nonce, Slack's message
 * metadata) can keep a repeat from showing twice.
 *
 * @param mayHaveBeenSentBefore whether an earlier attempt may have reached the platform without
 *     being recorded: one that failed, or one under way when the process stopped
 */
public record Delivery(String idempotencyKey, boolean mayHaveBeenSentBefore) {}
