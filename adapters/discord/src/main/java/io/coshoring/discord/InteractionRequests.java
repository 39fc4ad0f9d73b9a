package io.coshoring.discord;

import io.coshoring.core.adapter.SerialLanes;
import io.coshoring.core.api.Coshoring;
import io.coshoring.core.api.InboundCommand;
import io.coshoring.core.api.PostForm;
import io.coshoring.core.api.Request;
import io.coshoring.core.language.Language;
import io.coshoring.core.language.Phrasebook;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.requests.RestAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands a member's command, form or click to the core's inbox, then defers the interaction: the
 * request is committed before Discord hears it was received, so a crash after the acknowledgement
 * loses nothing. Both happen off the gateway's thread, which a commit waiting for the database
 * would hold up for every other event, each user's requests in the order they came. The core may
 * answer before the deferral reaches Discord, which refuses to edit a reply not yet deferred; until
 * it has, the interaction's own hook is kept here, through which JDA holds the answer back until
 * the deferral has landed.
 */
final class InteractionRequests {

  private static final Logger log = LoggerFactory.getLogger(InteractionRequests.class);

  private final Coshoring core;
  private final SerialLanes lanes;
  private final Map<String, InteractionHook> deferring = new ConcurrentHashMap<>();

  InteractionRequests(Coshoring core, Executor work) {
    this.core = core;
    this.lanes = new SerialLanes(work);
  }

  /**
   * A command or form, answered in an ephemeral reply through its token.
   *
   * @param form the posting form submitted, or null for a command
   */
  void take(IReplyCallback event, InboundCommand who, PostForm form) {
    String key = key(event);
    String token = event.getToken();
    take(
        event,
        () ->
            Optional.of(
                form == null
                    ? Request.command(key, who, token)
                    : Request.form(key, who, form, token)),
        () -> event.deferReply(true),
        said(event, "request.notTaken"));
  }

  /**
   * A click, answered by editing the message clicked.
   *
   * @param request the click as the core takes it, built off the gateway's thread since it may read
   *     the database; empty when the core cannot take it, {@code otherwise} is said then
   */
  void take(ButtonInteractionEvent event, Supplier<Optional<Request>> request, String otherwise) {
    take(event, request, event::deferEdit, otherwise);
  }

  /** The answer address of a click: its interaction's token, marked as answered in place. */
  static String clickReplyTo(ButtonInteractionEvent event) {
    return DiscordReplies.CLICKED + event.getToken();
  }

  /**
   * What the bot says without the core: the core could not take the interaction, so the words are
   * in the language of the member's Discord rather than one the core would look up.
   */
  static String said(IReplyCallback event, String key) {
    Language language =
        Language.of(DiscordCallers.locale(event.getUserLocale())).orElse(Language.ENGLISH);
    return Phrasebook.standard().in(language).get(key);
  }

  static String key(IReplyCallback event) {
    return "discord:interaction:" + event.getId();
  }

  private void take(
      IReplyCallback event,
      Supplier<Optional<Request>> request,
      Supplier<RestAction<?>> deferral,
      String otherwise) {
    lanes
        .submit(
            event.getUser().getId(),
            "taking an interaction",
            () -> commitThenDefer(event, request, deferral, otherwise))
        .exceptionally(
            refused -> {
              event.reply(said(event, "request.notTaken")).setEphemeral(true).queue();
              return null;
            });
  }

  private void commitThenDefer(
      IReplyCallback event,
      Supplier<Optional<Request>> built,
      Supplier<RestAction<?>> deferral,
      String otherwise) {
    String key = key(event);
    String token = event.getToken();
    InteractionHook hook = event.getHook();
    // Kept before the commit: the core may answer as soon as it has the request.
    deferring.putIfAbsent(token, hook);
    boolean fresh;
    try {
      Optional<Request> request = built.get();
      if (request.isEmpty()) {
        deferring.remove(token, hook);
        event.reply(otherwise).setEphemeral(true).queue();
        return;
      }
      fresh = core.receive(request.get());
    } catch (RuntimeException e) {
      deferring.remove(token, hook);
      log.error("Discord: could not take {}", key, e);
      event.reply(said(event, "request.notTaken")).setEphemeral(true).queue();
      return;
    }
    if (!fresh) {
      // Delivered again on a resumed session: deferred when it first came, and Discord takes one.
      deferring.remove(token, hook);
      return;
    }
    deferral
        .get()
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
