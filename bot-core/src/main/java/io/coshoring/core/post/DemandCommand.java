package io.coshoring.core.post;

import io.coshoring.core.api.Reply;
import io.coshoring.core.command.Caller;
import io.coshoring.core.command.Command;
import io.coshoring.matching.PostKind;

/** {@code /demand <text>}: posts what a member needs. */
public final class DemandCommand implements Command {

  private final PublishPost publish;

  public DemandCommand(PublishPost publish) {
    this.publish = publish;
  }

  @Override
  public String name() {
    return "demand";
  }

  @Override
  public String usage() {
    return PostRequest.usage(PostKind.DEMAND);
  }

  @Override
  public Reply run(Caller caller, String text) {
    return publish.run(PostKind.DEMAND, caller, text);
  }
}
