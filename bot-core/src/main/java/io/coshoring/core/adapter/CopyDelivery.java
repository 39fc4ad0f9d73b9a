package io.coshoring.core.adapter;

import java.time.Instant;
import java.util.Set;

/**
 * One attempt at posting a relayed copy. The key names the copy (its source message and its
 * destination) and is the same on every attempt. When an earlier attempt may have posted it without
 * being recorded, the adapter looks for it in the destination before posting again: by the key
 * where its platform keeps one with a message (Slack's metadata), else by what the copy shows,
 * among messages posted since it was queued that are not the recorded copies of others.
 *
 * @param mayHaveBeenPostedBefore whether an earlier attempt may have reached the platform without
 *     being recorded: one that failed, or one under way when the process stopped
 * @param queuedAt when the copy was queued: no message older is it
 * @param othersSince the destination's messages recorded as other copies since it was queued; empty
 *     unless {@code mayHaveBeenPostedBefore}
 */
public record CopyDelivery(
    String key, boolean mayHaveBeenPostedBefore, Instant queuedAt, Set<String> othersSince) {

  public CopyDelivery {
    othersSince = Set.copyOf(othersSince);
  }
}
