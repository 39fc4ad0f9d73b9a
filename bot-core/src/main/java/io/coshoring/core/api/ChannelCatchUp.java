package io.coshoring.core.api;

import io.coshoring.core.adapter.ChannelRef;
import java.time.Instant;
import java.util.Optional;

/**
 * Where a bridged channel's messages were taken up to, for a surface whose platform does not send
 * again what the bot missed while it was away (Discord's gateway): the messages after the last one
 * taken, or after the channel joined its bridge, are handed to {@link Coshoring#channelMessage}
 * when it is back, and those taken already are recognised by their keys.
 *
 * @param lastTaken the platform's id of the last message taken from the channel, if any
 */
public record ChannelCatchUp(ChannelRef channel, Optional<String> lastTaken, Instant joinedAt) {}
