package io.coshoring.core.api;

import io.coshoring.core.adapter.ChannelRef;
import io.coshoring.core.adapter.MemberRef;
import io.coshoring.core.adapter.OutgoingMessage;
import io.coshoring.core.adapter.SpaceRef;
import io.coshoring.core.language.Phrases;
import io.coshoring.matching.SkillTaxonomy;
import java.util.List;
import java.util.Optional;

/**
 * The core as adapters see it: they hand it what members do, in neutral terms, and render what it
 * answers. An adapter translates and renders; deciding, storing and matching happen here.
 */
public interface Coshoring {

  /**
   * Whether a surface that can show forms answers the command with the posting form rather than run
   * it: {@code /offer} or {@code /demand} typed alone. Pure and instant, so an adapter can ask
   * before it acknowledges, as Discord needs to open a form in reply. A surface without forms (the
   * console) runs the command, and the member is told what it lacks.
   */
  Optional<OpenPostForm> formFor(String command, String text);

  /**
   * Takes a member's command, form or button click durably, to run it and send its answer to {@code
   * request.replyTo()} through the adapter's {@code Replier}: once this returns, the adapter may
   * acknowledge the platform, and a crash loses nothing. Returns false when the same request (by
   * its key) came before: nothing is run twice, and the adapter answers the platform's resend as
   * the platform expects (Slack wants an ack again; a Discord interaction takes one deferral).
   */
  boolean receive(Request request);

  /** Runs a command at once and says what to answer, for a surface that answers in place. */
  Reply command(InboundCommand command);

  /**
   * Publishes the post a form describes; {@code who} says who sent it, its text is not read.
   *
   * @return a {@link Reply}, or {@link FormRejected} naming the fields that are wrong
   */
  Outcome submit(InboundCommand who, PostForm form);

  /** What to show the member in place of the buttons they clicked. */
  Reply click(ButtonClick click);

  /**
   * What a member's home page shows: their posts and matches, then their profile. Not counted
   * against the rate limit: the platform asks for it, not the member.
   */
  List<OutgoingMessage> overview(InboundCommand who);

  /**
   * A message, edit or deletion in a channel, relayed if the channel is bridged; returns whether
   * anything was queued for another channel.
   */
  boolean channelMessage(ChannelMessage event);

  /**
   * A member's reaction added or removed in a channel, mirrored on the message's copies if the
   * channel is bridged; returns whether anything was queued for another channel.
   */
  boolean channelReaction(ChannelReaction reaction);

  /**
   * The platform says the bot was removed from a space (the app uninstalled, its token revoked):
   * the space's bridged channels are stopped, so that nothing waits for a space the bot cannot
   * write to, and the other channels of their bridges see it in {@code /coshore bridge status}. An
   * admin resumes them once the bot is back.
   */
  void spaceLeft(SpaceRef space);

  /**
   * The platform says a channel takes no more messages (it was archived): if it is bridged, it is
   * paused, so that nothing waits for it, and the other channels of its bridge see it in {@code
   * /coshore bridge status}. An admin resumes it once it is open again.
   */
  void channelClosed(ChannelRef channel);

  /** The platform's active bridged channels, and where each was taken up to. */
  List<ChannelCatchUp> catchUps(String platform);

  /** Whether messages of the channel cross a bridge: asked for every message, so it is cheap. */
  boolean isBridged(ChannelRef channel);

  /**
   * Records a platform event by the key the platform gives it; returns whether it is seen for the
   * first time, here or on another instance, so that a resent event is handled once.
   */
  boolean firstTime(String eventKey);

  /**
   * The member a user of a platform was last written to as, for platforms whose direct messages do
   * not say in which space a user clicked: empty when the user is no member.
   */
  Optional<MemberRef> memberLastWrittenTo(String platform, String user);

  /** The network's skills, as the engine knows them, for completion as members type. */
  SkillTaxonomy skills();

  /**
   * The bot's texts in a member's language, for what a platform draws itself (a form, a home page):
   * the member's chosen language, else {@code locale}, the one their platform shows them now (null
   * when it does not say), else their space's, else English.
   */
  Phrases phrasesFor(MemberRef member, String locale);

  /** The network's wall: its open posts shared with the whole network, and their changes. */
  Wall wall();

  /** What the network did, week by week, and who works with whom across its spaces. */
  Activity activity();

  /** Who is signed in on the web, as which member, and their sessions. */
  SignIns signIns();

  /**
   * A signed-in member says they are interested in a post of the wall: the same double opt-in as
   * the button of a match message. The pair of the card and the member's own post of the other kind
   * is proposed to the card's author if it was not yet, with the member's answer already given; two
   * yeses make the introduction. Counted against the member's rate limit.
   *
   * @param ownPostId which of the member's posts it is for, or null to let the core pick the only
   *     one that fits (else it asks, with {@link WallInterest.WhichPost})
   * @param phrases the language the page speaks to the member
   */
  WallInterest interestedFromWall(
      MemberRef member, String postId, String ownPostId, Phrases phrases);

  /** The member's own open posts, newest first: the wall marks them as theirs. */
  List<WallInterest.OwnPost> ownPosts(MemberRef member);

  /**
   * A signed-in member closes one of their posts from the wall, as {@code /coshore close} would;
   * answers in {@code phrases}, the page's words. Counted against the member's rate limit.
   */
  String closeFromWall(MemberRef member, String postId, Phrases phrases);

  /**
   * A signed-in member keeps one of their posts open for another lifetime from the wall, as the
   * expiry reminder's "Still open" would; answers in {@code phrases}. Counted against the member's
   * rate limit.
   */
  String renewFromWall(MemberRef member, String postId, Phrases phrases);
}
