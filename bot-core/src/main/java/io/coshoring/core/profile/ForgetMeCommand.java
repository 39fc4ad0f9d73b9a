package io.coshoring.core.profile;

import io.coshoring.core.api.Reply;
import io.coshoring.core.collaboration.CollaborationStore;
import io.coshoring.core.command.Caller;
import io.coshoring.core.command.Command;
import io.coshoring.core.match.MatchLabelStore;
import io.coshoring.core.match.MatchStore;
import io.coshoring.core.match.MuteStore;
import io.coshoring.core.notify.OutboxStore;
import io.coshoring.core.post.PostStore;
import io.coshoring.core.post.Posting;
import io.coshoring.core.space.MemberStore;
import io.coshoring.core.storage.Database;
import io.coshoring.core.wall.WallSessionStore;
import java.util.List;

/**
 * {@code /coshore forget-me}: deletes the member's posts, matches (with the answers kept to tune
 * the engine), messages, profile and sessions on the wall, in one transaction, and says what was
 * deleted.
 */
public final class ForgetMeCommand implements Command {

  private final Database database;
  private final PostStore posts;
  private final MatchStore matches;
  private final MatchLabelStore labels;
  private final CollaborationStore collaborations;
  private final MuteStore mutes;
  private final OutboxStore outbox;
  private final MemberStore members;
  private final Posting posting;
  private final WallSessionStore sessions;

  public ForgetMeCommand(
      Database database,
      PostStore posts,
      MatchStore matches,
      MatchLabelStore labels,
      CollaborationStore collaborations,
      MuteStore mutes,
      OutboxStore outbox,
      MemberStore members,
      Posting posting,
      WallSessionStore sessions) {
    this.database = database;
    this.posts = posts;
    this.matches = matches;
    this.labels = labels;
    this.collaborations = collaborations;
    this.mutes = mutes;
    this.outbox = outbox;
    this.members = members;
    this.posting = posting;
    this.sessions = sessions;
  }

  @Override
  public String name() {
    return "forget-me";
  }

  @Override
  public String usage() {
    return "/coshore forget-me";
  }

  @Override
  public Reply run(Caller caller, String text) {
    String me = caller.member().id();
    List<String> postIds = posts.idsOf(me);
    int[] deleted =
        database.write(
            handle -> {
              int messages = outbox.deleteAllTo(handle, me);
              // Before the matches, which name the pairs their questions were about.
              collaborations.deleteAllOf(handle, me);
              int matched = matches.deleteAllOf(handle, me);
              // Their answers, and others' answers to their posts, go with the posts they copy.
              labels.deleteAllOf(handle, me);
              mutes.deleteAllOf(handle, me);
              int posted = posts.deleteAllOf(handle, me);
              members.delete(handle, me);
              // Signed in on the wall, they are signed out everywhere.
              sessions.deleteAllOf(handle, me);
              return new int[] {posted, matched, messages};
            });
    members.forget(me);
    posting.forgotten(postIds);
    return Reply.privately(
        caller
            .phrases()
            .get(
                "forgetMe.done",
                "posts",
                deleted[0],
                "matches",
                deleted[1],
                "messages",
                deleted[2]));
  }
}
