package io.coshoring.core.post;

import io.coshoring.core.api.Reply;
import io.coshoring.core.cli.CommandException;
import io.coshoring.core.command.Caller;
import io.coshoring.core.command.Command;
import io.coshoring.core.language.Phrases;

/** {@code /coshore close <id>}: stops matching one of the member's posts. */
public final class CloseCommand implements Command {

  private final Posting posting;

  public CloseCommand(Posting posting) {
    this.posting = posting;
  }

  @Override
  public String name() {
    return "close";
  }

  @Override
  public String usage() {
    return "/coshore close <post id>";
  }

  @Override
  public Reply run(Caller caller, String text) {
    Phrases phrases = caller.phrases();
    String id = text.strip();
    if (id.isEmpty() || id.contains(" ")) {
      throw new CommandException(phrases.get("close.oneId"), usage());
    }
    if (!posting.close(caller.member().id(), id)) {
      throw new CommandException(
          phrases.get("close.noSuchPost", "post", CommandException.quoted(id)), usage());
    }
    return Reply.privately(phrases.get("close.done", "post", id));
  }
}
