package io.coshoring.discord;

import io.coshoring.core.adapter.SerialLanes;
import io.coshoring.core.api.Coshoring;
import io.coshoring.core.api.InboundCommand;
import io.coshoring.core.api.PostForm;
import io.coshoring.core.api.Request;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands a member's command or form to the core's inbox, then defers the interaction (ephemeral):
 * the request is committed before Discord hears it was received, so a crash after the
 * acknowledgement loses nothing. Both happen off the gateway's thread, which a commit waiting for
 * the database would hold up for every other event, each member's requests in the order they came.
 * The core may answer before the deferral reaches Discord, which refuses to edit a reply not yet
 * deferred; until it has, the interaction's own hook is kept here, through which JDA holds the
 * answer back until the deferral has landed.
 */
final class InteractionRequests {

  private static final Logger log = LoggerFactory.getLogger(InteractionRequests.class);

  private static final String SWAMPED =
      "Sorry, I couldn't take that just now; please try again in a moment.";

  private final Coshoring core;
  private final SerialLanes lanes;
  private final Map<String, InteractionHook> deferring = new ConcurrentHashMap<>();

  InteractionRequests(Coshoring core, Executor work) {
    this.core = core;
    this.lanes = new SerialLanes(work);
  }

  /**
   * Commits the request, keyed by the interaction's id, answered through its token; then defers.
   *
   * @param form the posting form submitted, or null for a command
   */
  void take(IReplyCallback event, InboundCommand who, PostForm form) {
    lanes
        .submit(who.member().id(), "taking an interaction", () -> commitThenDefer(event, who, form))
        .exceptionally(
            refused -> {
              event.reply(SWAMPED).setEphemeral(true).queue();
              return null;
            });
  }

  private void commitThenDefer(IReplyCallback event, InboundCommand who, PostForm form) {
    String key = "discord:interaction:" + event.getId();
    String token = event.getToken();
    InteractionHook hook = event.getHook();
    // Kept before the commit: the core may answer as soon as it has the request.
    deferring.putIfAbsent(token, hook);
    boolean fresh;
    try {
      fresh =
          core.receive(
              form == null
                  ? Request.command(key, who, token)
                  : Request.form(key, who, form, token));
    } catch (RuntimeException e) {
      deferring.remove(token, hook);
      log.error("Discord: could not take {}", key, e);
      event.reply(SWAMPED).setEphemeral(true).queue();
      return;
    }
    if (!fresh) {
      // Delivered again on a resumed session: deferred when it first came, and Discord takes one.
      deferring.remove(token, hook);
      return;
    }
    event
        .deferReply(true)
        .queue(
            deferred -> deferring.remove(token, hook),
            failure -> {
              deferring.remove(token, hook);
              log.warn("Discord: could not defer {}: {}", key, failure.getMessage());
            });
  }

  /** The hook of an interaction whose deferral is still on its way to Discord. */
  Optional<InteractionHook> deferring(String token) {
    return Optional.ofNullable(deferring.get(token));
  }
}
