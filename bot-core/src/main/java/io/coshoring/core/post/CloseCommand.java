package io.coshoring.core.post;

import io.coshoring.core.api.Reply;
import io.coshoring.core.cli.CommandException;
import io.coshoring.core.command.Caller;
import io.coshoring.core.command.Command;

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
    return "/coshore close <post id>   (your post ids are in /coshore mine)";
  }

  @Override
  public Reply run(Caller caller, String text) {
    String id = text.strip();
    if (id.isEmpty() || id.contains(" ")) {
      throw new CommandException("please give one post id, such as p7k2m9", usage());
    }
    if (!posting.close(caller.member().id(), id)) {
      throw new CommandException(
          "you have no open post " + CommandException.quoted(id) + "; /coshore mine lists yours",
          usage());
    }
    return Reply.privately("Closed `" + id + "`: it won't be matched any more.");
  }
}
