package io.coshoring.slack;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.datePicker;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.staticSelect;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.views.ViewsOpenResponse;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import io.coshoring.core.adapter.WorkQueue;
import io.coshoring.core.api.Coshoring;
import io.coshoring.core.api.FormRejected;
import io.coshoring.core.api.Outcome;
import io.coshoring.core.api.PostForm;
import io.coshoring.core.api.Reply;
import io.coshoring.matching.Post;
import io.coshoring.matching.PostKind;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

  /** Opens the modal; Slack accepts the trigger for 3 seconds after the command. */
  void open(PostKind kind, String triggerId, String teamId, MethodsClient client) {
    try {
      ViewsOpenResponse opened = client.viewsOpen(r -> r.triggerId(triggerId).view(modal(kind)));
      if (!opened.isOk()) {
        log.warn("Slack: could not open the post modal in {}: {}", teamId, opened.getError());
      }
    } catch (IOException | SlackApiException e) {
      log.warn("Slack: could not open the post modal in {}: {}", teamId, e.getMessage());
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
      return ctx.ackWithErrors(
          Map.of(
              blockId(PostForm.Field.DESCRIPTION),
              "This form is out of date; please close it and run /offer or /demand again."));
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

  private static View modal(PostKind kind) {
    boolean offer = kind == PostKind.OFFER;
    List<LayoutBlock> blocks =
        List.of(
            input(
                i ->
                    i.blockId(blockId(PostForm.Field.DESCRIPTION))
                        .label(plainText(offer ? "What do you offer?" : "What do you need?"))
                        .element(
                            plainTextInput(
                                p ->
                                    p.actionId(VALUE)
                                        .multiline(true)
                                        .maxLength(DESCRIPTION_LIMIT)
                                        .placeholder(
                                            plainText(
                                                offer
                                                    ? "I edit promo videos, FR/EN"
                                                    : "A React dev for 3 weeks, remote"))))),
            input(
                i ->
                    i.blockId(blockId(PostForm.Field.SKILLS))
                        .optional(true)
                        .label(plainText("Skills"))
                        .hint(plainText("Separated by commas: react, video editing, seo"))
                        .element(plainTextInput(p -> p.actionId(VALUE)))),
            input(
                i ->
                    i.blockId(blockId(PostForm.Field.PRICE))
                        .optional(true)
                        .label(plainText(offer ? "Rate" : "Budget"))
                        .element(
                            plainTextInput(
                                p ->
                                    p.actionId(VALUE)
                                        .placeholder(
                                            plainText(offer ? "60 EUR/hour" : "3000 EUR"))))),
            input(
                i ->
                    i.blockId(blockId(PostForm.Field.PLACE))
                        .optional(true)
                        .label(plainText("Remote or on site"))
                        .element(
                            staticSelect(
                                s ->
                                    s.actionId(VALUE)
                                        .initialOption(choice("Remote", "remote"))
                                        .options(
                                            List.of(
                                                choice("Remote", "remote"),
                                                choice("On site", "onsite"),
                                                choice("Either", "either")))))),
            input(
                i ->
                    i.blockId(blockId(PostForm.Field.CITY))
                        .optional(true)
                        .label(plainText("City, for on-site work"))
                        .element(plainTextInput(p -> p.actionId(VALUE)))),
            input(
                i ->
                    i.blockId(blockId(PostForm.Field.UNTIL))
                        .optional(true)
                        .label(plainText("Until"))
                        .element(datePicker(d -> d.actionId(VALUE)))),
            input(
                i ->
                    i.blockId(blockId(PostForm.Field.VISIBILITY))
                        .optional(true)
                        .label(plainText("Who sees it"))
                        .element(
                            staticSelect(
                                s ->
                                    s.actionId(VALUE)
                                        .initialOption(choice("The whole network", "network"))
                                        .options(
                                            List.of(
                                                choice("The whole network", "network"),
                                                choice("Only my space", "space")))))),
            input(
                i ->
                    i.blockId(blockId(PostForm.Field.OVERLAP))
                        .optional(true)
                        .label(plainText("Shared working hours"))
                        .hint(plainText("Left empty, the skills named decide."))
                        .element(
                            staticSelect(
                                s ->
                                    s.actionId(VALUE)
                                        .options(
                                            List.of(
                                                choice("Live: at the same hours", "live"),
                                                choice("Async: done apart", "async")))))));
    return view(
        v ->
            v.type("modal")
                .callbackId(CALLBACK_ID)
                .privateMetadata(kind.name())
                .title(
                    viewTitle(
                        t -> t.type("plain_text").text(offer ? "Post an offer" : "Post a demand")))
                .submit(viewSubmit(s -> s.type("plain_text").text("Post")))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(blocks));
  }

  private static OptionObject choice(String label, String value) {
    return option(plainText(label), value);
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
