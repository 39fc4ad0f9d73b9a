package io.coshoring.core.adapter;

import java.util.List;

/** An adapter that can open a project room: a private channel in a space, for a few members. */
public interface RoomOpener {

  /** Creates the channel with the members (and the bot) in it; returns the channel. */
  ChannelRef openRoom(SpaceRef space, String name, List<MemberRef> members)
      throws DeliveryException;
}
