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

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import io.coshoring.core.api.PostForm;
import io.coshoring.core.language.Phrases;
import io.coshoring.matching.PostKind;
import java.util.List;
import java.util.Locale;

/**
 * The posting modal as Slack draws it, in the member's language: every title, label, hint,
 * placeholder and option from the bundles' {@code modal.*} keys. The options' values, and the
 * blocks' and actions' ids, are the same in every language, so that a submission reads alike and a
 * modal redrawn in another language keeps what was typed.
 */
final class PostModalView {

  private final PostKind kind;
  private final Phrases phrases;

  private PostModalView(PostKind kind, Phrases phrases) {
    this.kind = kind;
    this.phrases = phrases;
  }

  static View of(PostKind kind, Phrases phrases) {
    return new PostModalView(kind, phrases).modal();
  }

  private View modal() {
    return view(
        v ->
            v.type("modal")
                .callbackId(PostModal.CALLBACK_ID)
                .privateMetadata(kind.name())
                .title(viewTitle(t -> t.type("plain_text").text(ofKind("modal.title"))))
                .submit(viewSubmit(s -> s.type("plain_text").text(text("modal.submit"))))
                .close(viewClose(c -> c.type("plain_text").text(text("modal.close"))))
                .blocks(blocks()));
  }

  private List<LayoutBlock> blocks() {
    OptionObject remote = choice("modal.place.remote", "remote");
    OptionObject network = choice("modal.visibility.network", "network");
    return List.of(
        input(
            i ->
                i.blockId(PostModal.blockId(PostForm.Field.DESCRIPTION))
                    .label(plainText(ofKind("modal.description")))
                    .element(
                        plainTextInput(
                            p ->
                                p.actionId(PostModal.VALUE)
                                    .multiline(true)
                                    .maxLength(PostModal.DESCRIPTION_LIMIT)
                                    .placeholder(plainText(ofKind("modal.description.example")))))),
        input(
            i ->
                i.blockId(PostModal.blockId(PostForm.Field.SKILLS))
                    .optional(true)
                    .label(plainText(text("modal.skills")))
                    .hint(plainText(text("modal.skills.hint")))
                    .element(plainTextInput(p -> p.actionId(PostModal.VALUE)))),
        input(
            i ->
                i.blockId(PostModal.blockId(PostForm.Field.PRICE))
                    .optional(true)
                    .label(plainText(ofKind("modal.price")))
                    .element(
                        plainTextInput(
                            p ->
                                p.actionId(PostModal.VALUE)
                                    .placeholder(plainText(ofKind("modal.price.example")))))),
        input(
            i ->
                i.blockId(PostModal.blockId(PostForm.Field.PLACE))
                    .optional(true)
                    .label(plainText(text("modal.place")))
                    .element(
                        staticSelect(
                            s ->
                                s.actionId(PostModal.VALUE)
                                    .initialOption(remote)
                                    .options(
                                        List.of(
                                            remote,
                                            choice("modal.place.onsite", "onsite"),
                                            choice("modal.place.either", "either")))))),
        input(
            i ->
                i.blockId(PostModal.blockId(PostForm.Field.CITY))
                    .optional(true)
                    .label(plainText(text("modal.city")))
                    .element(plainTextInput(p -> p.actionId(PostModal.VALUE)))),
        input(
            i ->
                i.blockId(PostModal.blockId(PostForm.Field.UNTIL))
                    .optional(true)
                    .label(plainText(text("modal.until")))
                    .element(datePicker(d -> d.actionId(PostModal.VALUE)))),
        input(
            i ->
                i.blockId(PostModal.blockId(PostForm.Field.VISIBILITY))
                    .optional(true)
                    .label(plainText(text("modal.visibility")))
                    .element(
                        staticSelect(
                            s ->
                                s.actionId(PostModal.VALUE)
                                    .initialOption(network)
                                    .options(
                                        List.of(
                                            network, choice("modal.visibility.space", "space")))))),
        input(
            i ->
                i.blockId(PostModal.blockId(PostForm.Field.OVERLAP))
                    .optional(true)
                    .label(plainText(text("modal.overlap")))
                    .hint(plainText(text("modal.overlap.hint")))
                    .element(
                        staticSelect(
                            s ->
                                s.actionId(PostModal.VALUE)
                                    .options(
                                        List.of(
                                            choice("modal.overlap.live", "live"),
                                            choice("modal.overlap.async", "async")))))));
  }

  private String text(String key) {
    return phrases.get(key);
  }

  /** A text that differs for an offer and a demand. */
  private String ofKind(String key) {
    return phrases.get(key, "kind", kind.name().toLowerCase(Locale.ROOT));
  }

  private OptionObject choice(String key, String value) {
    return option(plainText(text(key)), value);
  }
}
