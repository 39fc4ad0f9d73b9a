package io.coshoring.core.post;

import io.coshoring.core.api.Reply;
import io.coshoring.core.command.Caller;
import io.coshoring.core.command.Command;
import io.coshoring.matching.PostKind;

/** {@code /offer <text>}: posts what a member offers. */
public final class OfferCommand implements Command {

  private final PublishPost publish;

  public OfferCommand(PublishPost publish) {
    this.publish = publish;
  }

  @Override
  public String name() {
    return "offer";
  }

  @Override
  public String usage() {
    return PostRequest.usage(PostKind.OFFER);
  }

  @Override
  public Reply run(Caller caller, String text) {
    return publish.run(PostKind.OFFER, caller, text);
  }
}
