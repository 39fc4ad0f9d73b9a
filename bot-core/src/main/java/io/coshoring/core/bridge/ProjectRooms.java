package io.coshoring.core.bridge;

import io.coshoring.core.adapter.Adapters;
import io.coshoring.core.adapter.AttachmentSource;
import io.coshoring.core.adapter.ChannelRef;
import io.coshoring.core.adapter.ChannelWriter;
import io.coshoring.core.adapter.CopyDelivery;
import io.coshoring.core.adapter.DeliveryException;
import io.coshoring.core.adapter.MemberRef;
import io.coshoring.core.adapter.RelayedMessage;
import io.coshoring.core.adapter.RoomOpener;
import io.coshoring.core.adapter.SpaceRef;
import io.coshoring.core.language.Phrases;
import io.coshoring.core.match.MatchState;
import io.coshoring.core.match.MatchStore;
import io.coshoring.core.match.ProposedMatch;
import io.coshoring.core.post.MemberPost;
import io.coshoring.core.post.PostStore;
import io.coshoring.core.space.Member;
import io.coshoring.core.space.MemberLanguages;
import io.coshoring.core.space.MemberStore;
import io.coshoring.core.storage.Database;
import io.coshoring.core.text.RichText;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a project room for a pair both of whom said yes: a private channel in each one's space (one
 * channel if they share a space), bridged together, with the two posts as its first message. One
 * room a match: asking again says where it is.
 */
final class ProjectRooms {

  private static final Logger log = LoggerFactory.getLogger(ProjectRooms.class);

  private final Database database;
  private final MatchStore matches;
  private final MemberStore members;
  private final PostStore posts;
  private final BridgeStore bridges;
  private final Adapters adapters;
  private final Clock clock;
  private final MemberLanguages languages;

  ProjectRooms(
      Database database,
      MatchStore matches,
      MemberStore members,
      PostStore posts,
      BridgeStore bridges,
      Adapters adapters,
      Clock clock,
      MemberLanguages languages) {
    this.languages = languages;
    this.database = database;
    this.matches = matches;
    this.members = members;
    this.posts = posts;
    this.bridges = bridges;
    this.adapters = adapters;
    this.clock = clock;
  }

  /**
   * Opens the match's room for {@code memberId}; returns what to tell them, in {@code phrases}.
   *
   * @throws RoomNotOpened when a platform did not open it, saying why
   */
  public String open(String memberId, String matchId, Phrases phrases) {
    Optional<ProposedMatch> found = database.read(handle -> matches.find(handle, matchId));
    if (found.isEmpty() || !found.get().involves(memberId)) {
      return phrases.get("match.gone");
    }
    ProposedMatch match = found.get();
    if (match.state() != MatchState.INTRODUCED) {
      return phrases.get("room.notYet");
    }
    if (bridges.roomOpened(matchId)) {
      return phrases.get("room.alreadyOpen");
    }
    Optional<Member> demand = members.find(match.demandMemberId());
    Optional<Member> offer = members.find(match.offerMemberId());
    if (demand.isEmpty() || offer.isEmpty()) {
      return phrases.get("room.someoneLeft");
    }
    String name =
        "project-" + slug(demand.get().displayName()) + "-" + slug(offer.get().displayName());
    try {
      List<String> channels = new ArrayList<>();
      if (demand.get().spaceId().equals(offer.get().spaceId())) {
        channels.add(
            room(
                matchId,
                demand.get().spaceId(),
                name,
                List.of(demand.get().id(), offer.get().id())));
      } else {
        channels.add(room(matchId, demand.get().spaceId(), name, List.of(demand.get().id())));
        channels.add(room(matchId, offer.get().spaceId(), name, List.of(offer.get().id())));
      }
      link(match, memberId, name, channels, demand.get(), offer.get());
      // Each side's channel welcomes in its member's language; a shared one in the asker's.
      welcome(match, channels, List.of(demand.get().id(), offer.get().id()));
      return phrases.get(
          "room.opened", "room", name, "spaces", channels.size() > 1 ? "two" : "one");
    } catch (DeliveryException e) {
      log.warn("project room for match {} could not be opened: {}", matchId, e.getMessage());
      throw new RoomNotOpened(
          phrases.get(
              e.retryable() ? "room.failedForNow" : "room.failed",
              "problem",
              e.explanation().in(phrases)));
    }
  }

  /** The room could not open, for now: the member may try again, once the cause is mended. */
  static final class RoomNotOpened extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RoomNotOpened(String message) {
      super(message);
    }
  }

  /**
   * The room's channel in a space: the one an earlier try opened there, when the other side failed
   * then, else a new one, remembered at once.
   */
  private String room(String matchId, String spaceId, String name, List<String> memberIds)
      throws DeliveryException {
    Optional<String> opened = bridges.roomChannel(matchId, spaceId);
    if (opened.isPresent()) {
      return opened.get();
    }
    SpaceRef space = SpaceRef.parse(spaceId);
    List<MemberRef> members = memberIds.stream().map(MemberRef::parse).toList();
    String channel =
        adapters.ability(space.platform(), RoomOpener.class).openRoom(space, name, members).id();
    bridges.recordRoomChannel(matchId, spaceId, channel);
    return channel;
  }

  private void link(
      ProposedMatch match,
      String memberId,
      String name,
      List<String> channels,
      Member demand,
      Member offer) {
    String bridgeId = "room-" + match.id();
    long now = clock.millis();
    database.writeAll(
        handle -> {
          bridges.create(handle, new BridgeStore.Bridge(bridgeId, name), memberId, now);
          bridges.addChannel(handle, bridgeId, channels.get(0), demand.spaceId(), memberId, now);
          if (channels.size() > 1) {
            bridges.addChannel(handle, bridgeId, channels.get(1), offer.spaceId(), memberId, now);
          }
          bridges.recordRoom(handle, match.id(), bridgeId, memberId, now);
        });
  }

  /** The two posts, as the room's first message in each of its channels. */
  /**
   * @param readers the member each channel is for, in the channels' order
   */
  private void welcome(ProposedMatch match, List<String> channels, List<String> readers) {
    List<RichText.Block> quotes = new ArrayList<>();
    for (String postId : List.of(match.demandPostId(), match.offerPostId())) {
      database
          .read(handle -> posts.find(handle, postId))
          .map(MemberPost::text)
          .ifPresent(text -> quotes.add(new RichText.Quote(List.of(new RichText.Text(text)))));
    }
    for (int i = 0; i < channels.size(); i++) {
      String channel = channels.get(i);
      Phrases phrases = languages.of(readers.get(i));
      List<RichText.Block> blocks = new ArrayList<>();
      blocks.add(paragraph(phrases.get("room.welcome")));
      blocks.addAll(quotes);
      RelayedMessage welcome =
          new RelayedMessage(
              "coshoring", phrases.get("room.network"), null, new RichText(blocks), null);
      try {
        ChannelRef ref = ChannelRef.parse(channel);
        CopyDelivery delivery =
            new CopyDelivery(
                "room:" + match.id() + ":" + channel, false, clock.instant(), Set.of());
        adapters
            .ability(ref.platform(), ChannelWriter.class)
            .post(ref, welcome, null, delivery, phrases, AttachmentSource.NONE);
      } catch (DeliveryException e) {
        log.warn("project room {}: the welcome could not be posted: {}", channel, e.getMessage());
      }
    }
  }

  private static RichText.Block paragraph(String text) {
    return new RichText.Paragraph(List.of(new RichText.Written(text)));
  }

  /** A channel-name part: lower case letters and digits, as Slack and Discord accept. */
  private static String slug(String name) {
    String slug =
        name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    return slug.isEmpty() ? "member" : slug.substring(0, Math.min(20, slug.length()));
  }
}
