package io.coshoring.slack;

import io.coshoring.core.adapter.ChannelRef;
import io.coshoring.core.adapter.DeliveryException;
import io.coshoring.core.adapter.MemberRef;
import io.coshoring.core.adapter.RoomOpener;
import io.coshoring.core.adapter.SpaceRef;
import java.util.List;

/** Opens a project room as a private channel of the workspace, with the members and the bot. */
final class SlackRooms implements RoomOpener {

  private final SlackApi api;

  SlackRooms(SlackApi api) {
    this.api = api;
  }

  @Override
  public ChannelRef openRoom(SpaceRef space, String name, List<MemberRef> members)
      throws DeliveryException {
    String team = SlackIds.teamOf(space);
    // The bot creates the channel, so it is in it already.
    var created =
        api.call(team, client -> client.conversationsCreate(r -> r.name(name).isPrivate(true)));
    String channel = created.getChannel().getId();
    List<String> users = members.stream().map(SlackIds::userOf).toList();
    api.call(team, client -> client.conversationsInvite(r -> r.channel(channel).users(users)));
    return SlackIds.channel(team, channel);
  }
}
