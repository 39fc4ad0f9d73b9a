package io.coshoring.core.port;

/** A member clicked a button the bot sent; {@code message} is where it was, to update it. */
public record ButtonClick(String spaceId, String memberId, String actionId, MessageRef message) {}
