package io.coshoring.slack;

import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.views.ViewsOpenResponse;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import io.coshoring.core.adapter.CallerLookup.Caller;
import io.coshoring.core.adapter.MemberRef;
import io.coshoring.core.adapter.WorkQueue;
import io.coshoring.core.api.Coshoring;
import io.coshoring.core.api.FormRejected;
import io.coshoring.core.api.Outcome;
import io.coshoring.core.api.PostForm;
import io.coshoring.core.api.Reply;
import io.coshoring.core.language.Phrases;
import io.coshoring.matching.Post;
import io.coshoring.matching.PostKind;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The posting modal, for {@code /offer} or {@code /demand} typed alone: one input a field of the
 * core's {@link PostForm}. A submission is checked and published before it is acked, so that Slack
 * can show each error on the field that is wrong; the confirmation then comes by DM.
 */
final class PostModal {

  private static final Logger log = LoggerFactory.getLogger(PostModal.class);

  static final String CALLBACK_ID = "coshoring_post";

  /** Every input has one element, under this action id; blocks are named after the field. */
  static final String VALUE = "value";

  /**
   * Slack refuses a modal whose text input allows more than 3,000 characters, under the 4,000 a
   * post may have: a longer one is typed after {@code /offer} or {@code /demand}.
   */
  static final int DESCRIPTION_LIMIT = Math.min(Post.MAX_TEXT_LENGTH, 3_000);

  private final Coshoring core;
  private final SlackCallers callers;
  private final WorkQueue work;

  PostModal(Coshoring core, SlackCallers callers, WorkQueue work) {
    this.core = core;
    this.callers = callers;
    this.work = work;
  }

  void register(App app) {
    app.viewSubmission(CALLBACK_ID, this::submit);
  }

  /**
   * Opens the modal in the member's language. Slack accepts the trigger for 3 seconds after the
   * command, too few to ask {@code users.info} first: the modal opens in the language known here
   * (the locale of the member's Slack if their profile is at hand, else the one last seen, else
   * their space's), and for a member not known here it is redrawn once Slack has said their locale,
   * if that changes the language. The redrawn modal keeps what was typed: its blocks and actions
   * have the same ids.
   */
  void open(PostKind kind, String triggerId, String teamId, String userId, MethodsClient client) {
    MemberRef member = SlackIds.member(teamId, userId);
    Optional<Caller> known = callers.known(member);
    Phrases phrases = core.phrasesFor(member, known.map(Caller::locale).orElse(null));
    View opened;
    try {
      ViewsOpenResponse answer =
          client.viewsOpen(r -> r.triggerId(triggerId).view(PostModalView.of(kind, phrases)));
      if (!answer.isOk()) {
        log.warn("Slack: could not open the post modal in {}: {}", teamId, answer.getError());
        return;
      }
      opened = answer.getView();
    } catch (IOException | SlackApiException e) {
      log.warn("Slack: could not open the post modal in {}: {}", teamId, e.getMessage());
      return;
    }
    if (known.isEmpty() && opened != null) {
      Phrases theirs = core.phrasesFor(member, callers.lookUp(member, userId).locale());
      if (theirs.language() != phrases.language()) {
        redraw(kind, opened, theirs, teamId, client);
      }
    }
  }

  private static void redraw(
      PostKind kind, View opened, Phrases phrases, String teamId, MethodsClient client) {
    try {
      // The hash makes Slack refuse the redraw if the modal changed meanwhile.
      var updated =
          client.viewsUpdate(
              r ->
                  r.viewId(opened.getId())
                      .hash(opened.getHash())
                      .view(PostModalView.of(kind, phrases)));
      if (!updated.isOk()) {
        log.warn("Slack: could not redraw the post modal in {}: {}", teamId, updated.getError());
      }
    } catch (IOException | SlackApiException e) {
      log.warn("Slack: could not redraw the post modal in {}: {}", teamId, e.getMessage());
    }
  }

  static String blockId(PostForm.Field field) {
    return field.name().toLowerCase(Locale.ROOT);
  }

  private Response submit(ViewSubmissionRequest request, ViewSubmissionContext ctx) {
    ViewSubmissionPayload payload = request.getPayload();
    View submitted = payload.getView();
    PostKind kind;
    try {
      kind = PostKind.valueOf(submitted.getPrivateMetadata());
    } catch (RuntimeException e) {
      MemberRef member = SlackIds.member(payload.getTeam().getId(), payload.getUser().getId());
      String locale = callers.known(member).map(Caller::locale).orElse(null);
      return ctx.ackWithErrors(
          Map.of(
              blockId(PostForm.Field.DESCRIPTION),
              core.phrasesFor(member, locale).get("modal.outOfDate")));
    }
    Map<String, Map<String, ViewState.Value>> values = submitted.getState().getValues();
    PostForm form =
        new PostForm(
            kind,
            text(values, PostForm.Field.DESCRIPTION),
            text(values, PostForm.Field.SKILLS),
            text(values, PostForm.Field.PRICE),
            selected(values, PostForm.Field.PLACE),
            text(values, PostForm.Field.CITY),
            date(values, PostForm.Field.UNTIL),
            selected(values, PostForm.Field.VISIBILITY),
            selected(values, PostForm.Field.OVERLAP));
    String teamId = payload.getTeam().getId();
    String userId = payload.getUser().getId();
    Outcome outcome =
        core.submit(
            callers.command(
                teamId,
                payload.getTeam().getDomain(),
                userId,
                payload.getUser().getUsername(),
                "/" + kind.name().toLowerCase(Locale.ROOT),
                "",
                null),
            form);
    if (outcome instanceof FormRejected rejected) {
      Map<String, String> errors = new LinkedHashMap<>();
      rejected.errors().forEach((field, message) -> errors.put(blockId(field), message));
      return ctx.ackWithErrors(errors);
    }
    // A submission is published or rejected: a reply is the only other outcome.
    Reply reply = (Reply) outcome;
    MethodsClient client = ctx.client();
    work.submit("confirming a post by DM", () -> confirm(client, teamId, userId, reply));
    return ctx.ack();
  }

  private static void confirm(MethodsClient client, String teamId, String userId, Reply reply) {
    try {
      var sent =
          client.chatPostMessage(
              r ->
                  r.channel(userId)
                      .text(SlackRenderer.fallback(reply.message()))
                      .blocks(SlackRenderer.blocks(reply.message())));
      if (!sent.isOk()) {
        log.warn(
            "Slack: could not confirm a post to {} in {}: {}", userId, teamId, sent.getError());
      }
    } catch (IOException | SlackApiException e) {
      log.warn("Slack: could not confirm a post to {} in {}: {}", userId, teamId, e.getMessage());
    }
  }

  private static String text(
      Map<String, Map<String, ViewState.Value>> values, PostForm.Field field) {
    ViewState.Value value = value(values, field);
    return value == null ? null : value.getValue();
  }

  private static String selected(
      Map<String, Map<String, ViewState.Value>> values, PostForm.Field field) {
    ViewState.Value value = value(values, field);
    return value == null || value.getSelectedOption() == null
        ? null
        : value.getSelectedOption().getValue();
  }

  private static String date(
      Map<String, Map<String, ViewState.Value>> values, PostForm.Field field) {
    ViewState.Value value = value(values, field);
    return value == null ? null : value.getSelectedDate();
  }

  private static ViewState.Value value(
      Map<String, Map<String, ViewState.Value>> values, PostForm.Field field) {
    Map<String, ViewState.Value> block = values == null ? null : values.get(blockId(field));
    return block == null ? null : block.get(VALUE);
  }
}
