package io.coshoring.core.adapter;

/** Where a message the bot sent lives, as its platform names it: a channel and a message id. */
public record MessageRef(ChannelRef channel, String messageId) {}
