package io.coshoring.core.api;

import io.coshoring.core.adapter.MemberRef;
import io.coshoring.core.adapter.MessageRef;

/**
 * A member clicked a button the bot sent. {@code actionId} is the button's, naming the action and
 * its subject ({@code match:interested:m42}); {@code message} is where the button was.
 */
public record ButtonClick(MemberRef member, String actionId, MessageRef message) {}
