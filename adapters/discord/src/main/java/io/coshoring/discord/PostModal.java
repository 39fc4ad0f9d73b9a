package io.coshoring.discord;

import io.coshoring.core.api.Coshoring;
import io.coshoring.core.api.InboundCommand;
import io.coshoring.core.api.PostForm;
import io.coshoring.core.language.Phrases;
import io.coshoring.matching.Post;
import io.coshoring.matching.PostKind;
import java.util.Locale;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import net.dv8tion.jda.api.modals.Modal;

/**
 * The posting modal: Discord allows five inputs, so it asks for the description, skills, rate or
 * budget, remote or on site, and until; city and visibility stay with the slash command's options.
 * A submission is committed to the core's inbox as a {@link PostForm}, then deferred, so that a
 * crash after the acknowledgement loses nothing; the core's answer, the post or what is wrong field
 * by field, is edited into the deferred, ephemeral reply.
 */
final class PostModal {

  static final String ID_PREFIX = "coshoring_post:";

  private final Coshoring core;
  private final InteractionRequests requests;

  PostModal(Coshoring core, InteractionRequests requests) {
    this.core = core;
    this.requests = requests;
  }

  /** The modal in the member's language: its title, labels and placeholders from the bundles. */
  static Modal modal(PostKind kind, Phrases phrases) {
    String ofKind = kind.name().toLowerCase(Locale.ROOT);
    return Modal.create(ID_PREFIX + kind.name(), phrases.get("modal.title", "kind", ofKind))
        .addComponents(
            Label.of(
                phrases.get("modal.description", "kind", ofKind),
                TextInput.create(key(PostForm.Field.DESCRIPTION), TextInputStyle.PARAGRAPH)
                    .setRequired(true)
                    .setMaxLength(Post.MAX_TEXT_LENGTH)
                    .setPlaceholder(phrases.get("modal.description.example", "kind", ofKind))
                    .build()),
            Label.of(
                phrases.get("modal.skills"),
                TextInput.create(key(PostForm.Field.SKILLS), TextInputStyle.SHORT)
                    .setRequired(false)
                    .setPlaceholder(phrases.get("modal.skills.example"))
                    .build()),
            Label.of(
                phrases.get("modal.price", "kind", ofKind),
                TextInput.create(key(PostForm.Field.PRICE), TextInputStyle.SHORT)
                    .setRequired(false)
                    .setPlaceholder(phrases.get("modal.price.example", "kind", ofKind))
                    .build()),
            Label.of(
                phrases.get("modal.place.typed"),
                TextInput.create(key(PostForm.Field.PLACE), TextInputStyle.SHORT)
                    .setRequired(false)
                    .setPlaceholder(phrases.get("modal.place.typed.example"))
                    .build()),
            Label.of(
                phrases.get("modal.until.typed"),
                TextInput.create(key(PostForm.Field.UNTIL), TextInputStyle.SHORT)
                    .setRequired(false)
                    .build()))
        .build();
  }

  void handle(ModalInteractionEvent event) {
    if (!event.getModalId().startsWith(ID_PREFIX)
        || event.getGuild() == null
        || event.getMember() == null) {
      return;
    }
    PostKind kind;
    try {
      kind = PostKind.valueOf(event.getModalId().substring(ID_PREFIX.length()));
    } catch (IllegalArgumentException e) {
      Phrases phrases =
          core.phrasesFor(
              DiscordIds.member(event.getGuild().getId(), event.getMember().getId()),
              DiscordCallers.locale(event.getUserLocale()));
      event.reply(phrases.get("modal.outOfDate.submitted")).setEphemeral(true).queue();
      return;
    }
    PostForm form =
        new PostForm(
            kind,
            value(event, PostForm.Field.DESCRIPTION),
            value(event, PostForm.Field.SKILLS),
            value(event, PostForm.Field.PRICE),
            value(event, PostForm.Field.PLACE),
            null,
            value(event, PostForm.Field.UNTIL),
            null,
            null);
    InboundCommand who =
        DiscordCallers.command(
            event.getGuild(),
            event.getMember(),
            event.getUserLocale(),
            null,
            "/" + kind.name().toLowerCase(Locale.ROOT),
            "");
    requests.take(event, who, form);
  }

  private static String key(PostForm.Field field) {
    return field.name().toLowerCase(Locale.ROOT);
  }

  private static String value(ModalInteractionEvent event, PostForm.Field field) {
    ModalMapping mapping = event.getValue(key(field));
    return mapping == null ? null : mapping.getAsString();
  }
}
