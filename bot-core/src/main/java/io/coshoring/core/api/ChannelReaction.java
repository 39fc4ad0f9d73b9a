package io.coshoring.core.api;

import io.coshoring.core.adapter.ChannelRef;
import io.coshoring.core.adapter.Emoji;

/**
 * A member added or removed a reaction on a message of a channel. A platform that sends the same
 * event twice does no harm: what is kept is who reacts with what, not how many events came.
 *
 * @param member the platform's id of the member who reacted, never the bot's
 */
public record ChannelReaction(
    boolean added, ChannelRef channel, String messageId, String member, Emoji emoji) {}
