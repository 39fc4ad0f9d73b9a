package io.coshoring.core.profile;

import io.coshoring.core.api.Reply;
import io.coshoring.core.cli.CommandArguments;
import io.coshoring.core.cli.CommandException;
import io.coshoring.core.command.Caller;
import io.coshoring.core.command.Command;
import io.coshoring.core.post.Posting;
import io.coshoring.core.space.Member;
import io.coshoring.core.space.MemberStore;
import io.coshoring.core.space.Space;
import io.coshoring.core.space.SpaceStore;
import io.coshoring.matching.Visibility;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * {@code /coshore setup city:Paris tz:Europe/Paris [share:network|space] [name:"..."]}: registers
 * the space in the network. Only its admins may run it; the one who does becomes one of the space's
 * admins for the bot too.
 */
public final class SetupCommand implements Command {

  private static final Set<String> KEYS = Set.of("city", "tz", "share", "name");

  private final SpaceStore spaces;
  private final MemberStore members;
  private final Posting posting;

  public SetupCommand(SpaceStore spaces, MemberStore members, Posting posting) {
    this.spaces = spaces;
    this.members = members;
    this.posting = posting;
  }

  @Override
  public String name() {
    return "setup";
  }

  @Override
  public String usage() {
    return "/coshore setup city:Paris tz:Europe/Paris [share:network|space] [name:\"Station F\"]";
  }

  @Override
  public Reply run(Caller caller, String text) {
    if (!caller.isSpaceAdmin()) {
      return Reply.privately(
          "Sorry, only an admin of this space can set it up. Ask one of them to run `"
              + usage()
              + "`.");
    }
    CommandArguments args = CommandArguments.parse(text, KEYS, usage());
    Space space = caller.space();
    String city = args.has("city") ? args.option("city") : space.city();
    ZoneId zone = args.has("tz") ? zone(args.option("tz")) : space.zone();
    if (city == null || zone == null) {
      throw new CommandException("please give the space's city: and tz:", usage());
    }
    if (city.length() > 100) {
      throw new CommandException("city: is longer than 100 characters", usage());
    }
    Visibility share = args.has("share") ? share(args.option("share")) : space.share();
    String name = args.has("name") ? args.option("name") : space.name();
    Set<String> admins = new HashSet<>(space.admins());
    admins.add(caller.member().id());
    Space updated = new Space(space.id(), name, city, zone, share, admins);
    spaces.save(updated);
    for (Member member : members.ofSpace(space.id())) {
      posting.refreshPostsOf(member, updated);
    }
    return Reply.privately(
        "**"
            + name
            + "** is set up: "
            + city
            + ", "
            + zone.getId()
            + ". Posts are "
            + (share == Visibility.NETWORK
                ? "shared with the whole network."
                : "kept inside the space."));
  }

  private ZoneId zone(String value) {
    try {
      return ZoneId.of(value);
    } catch (DateTimeException e) {
      throw new CommandException(
          "tz: "
              + CommandException.quoted(value)
              + " is not a known timezone; use an IANA id such as Europe/Paris",
          usage());
    }
  }

  private Visibility share(String value) {
    switch (value.toLowerCase(Locale.ROOT)) {
      case "network":
        return Visibility.NETWORK;
      case "space":
        return Visibility.SPACE;
      default:
        throw new CommandException(
            "share: " + CommandException.quoted(value) + " is not one of network or space",
            usage());
    }
  }
}
