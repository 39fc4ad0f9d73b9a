package io.coshoring.core.command;

import io.coshoring.core.post.PostRequest;
import io.coshoring.matching.PostKind;

/** {@code /demand <text>}: posts what a member needs. */
public final class DemandCommand implements Command {

  private final PublishPost publish;

  DemandCommand(PublishPost publish) {
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
