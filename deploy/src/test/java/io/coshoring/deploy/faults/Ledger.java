package io.coshoring.deploy.faults;

import java.util.ArrayList;
import java.util.List;

/**
 * What the harness sent, as it sent it: each post with the key the app stores it by and where its
 * answer should land, each click, each bridged message. Whether Discord acknowledged an interaction
 * is read afterwards from the fake, which saw the callback; Slack's acknowledgement is the HTTP
 * answer, noted here.
 */
final class Ledger {

  /** How the app took a Slack request, or that the question is Discord's to answer. */
  enum Taken {
    /** HTTP 200 with an empty ack. */
    ACKED,
    /** HTTP 200 with a message telling the member nothing was saved. */
    DECLINED,
    /** No answer, a 5xx, or the connection refused: the app was down or starting. */
    REFUSED,
    /** A Discord interaction: acknowledged if its callback reached the fake. */
    SEE_CALLBACK
  }

  /**
   * One side of a pair.
   *
   * @param requestKey the key the app stores the post by ({@code posts.request_key})
   * @param answerAt the response URL's name on Slack, the interaction token on Discord
   * @param interaction the interaction id on Discord, null on Slack
   * @param sentAt when it was sent, {@link System#nanoTime()}
   */
  record Post(
      int pair,
      boolean offer,
      Member member,
      String requestKey,
      String answerAt,
      String interaction,
      Taken taken,
      long sentAt) {}

  /**
   * A click on "I'm interested".
   *
   * @param answerAt the DM's ts on Slack (updated in place), the interaction token on Discord
   */
  record Click(
      Member member,
      String matchId,
      String answerAt,
      String interaction,
      Taken taken,
      long sentAt) {}

  /**
   * A message written in a bridged channel, numbered in the order it was sent.
   *
   * @param owed whether it must cross: Slack acknowledged its event, or Discord keeps it in the
   *     channel, where the bot reads back what it missed
   * @param live whether it reached the app as it was written, rather than later or never
   */
  record Relayed(int seq, boolean owed, boolean live, long sentAt) {}

  private final List<Post> posts = new ArrayList<>();
  private final List<Click> clicks = new ArrayList<>();
  private final List<Relayed> toDiscord = new ArrayList<>();
  private final List<Relayed> toSlack = new ArrayList<>();

  synchronized void posted(Post post) {
    posts.add(post);
  }

  synchronized void clicked(Click click) {
    clicks.add(click);
  }

  synchronized void wroteOnSlack(Relayed message) {
    toDiscord.add(message);
  }

  synchronized void wroteOnDiscord(Relayed message) {
    toSlack.add(message);
  }

  synchronized List<Post> posts() {
    return List.copyOf(posts);
  }

  synchronized List<Click> clicks() {
    return List.copyOf(clicks);
  }

  synchronized List<Relayed> slackToDiscord() {
    return List.copyOf(toDiscord);
  }

  synchronized List<Relayed> discordToSlack() {
    return List.copyOf(toSlack);
  }
}
