package io.coshoring.console;

import io.coshoring.core.adapter.ChannelRef;
import io.coshoring.core.adapter.MemberRef;
import io.coshoring.core.adapter.SpaceRef;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who the person at the terminal acts as, and the console's references: {@code alice@paris} is
 * member {@code console:paris:alice} of space {@code console:paris}, who writes in channel {@code
 * console:paris#general}.
 */
record ConsoleMember(String name, String space, boolean admin) {

  static final String PLATFORM = "console";

  private static final Pattern HANDLE =
      Pattern.compile("[\\p{L}0-9._-]{1,40}@[\\p{L}0-9._-]{1,40}");

  /** The member a handle such as {@code alice@paris} names; empty when it is no handle. */
  static Optional<ConsoleMember> parse(String handle, boolean admin) {
    if (!HANDLE.matcher(handle).matches()) {
      return Optional.empty();
    }
    String[] parts = handle.toLowerCase(Locale.ROOT).split("@");
    return Optional.of(new ConsoleMember(parts[0], parts[1], admin));
  }

  /** A channel of a space, by name: {@code general}, or a project room's. */
  static ChannelRef channel(SpaceRef space, String name) {
    return new ChannelRef(PLATFORM, space.local() + "#" + name);
  }

  /** Where a member's direct messages are. */
  static ChannelRef directChannel(MemberRef member) {
    return new ChannelRef(PLATFORM, "dm-" + member.space().local() + "-" + member.local());
  }

  MemberRef member() {
    return spaceRef().member(name);
  }

  SpaceRef spaceRef() {
    return new SpaceRef(PLATFORM, space);
  }

  /** The space's one channel in the shell, where {@code :say} writes and bridges relay. */
  ChannelRef channel() {
    return channel(spaceRef(), "general");
  }

  String displayName() {
    return capitalized(name);
  }

  String spaceName() {
    return capitalized(space);
  }

  String handle() {
    return name + "@" + space;
  }

  private static String capitalized(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
