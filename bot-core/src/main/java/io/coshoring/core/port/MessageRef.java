package io.coshoring.core.port;

/** Where a message the bot sent lives, as its platform names it: a channel and a message id. */
public record MessageRef(String channelId, String messageId) {}
