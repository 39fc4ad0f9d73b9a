package io.coshoring.core.post;

import io.coshoring.core.api.PostForm;
import io.coshoring.core.api.PostForm.Field;
import io.coshoring.core.language.Phrases;
import io.coshoring.core.text.MemberText;
import io.coshoring.matching.InvalidPostException;
import io.coshoring.matching.Overlap;
import io.coshoring.matching.Post;
import io.coshoring.matching.Price;
import io.coshoring.matching.Visibility;
import io.coshoring.matching.WorkMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a posting form into a post: every field that is wrong is kept with its error, and all of
 * them are reported at once, each to be shown beside its field.
 */
final class PostFormReader {

  private final PostForm form;
  private final Phrases phrases;

  private PostFormReader(PostForm form, Phrases phrases) {
    this.form = form;
    this.phrases = phrases;
  }

  /** The post the form describes, or every field that is wrong and why, in {@code phrases}. */
  static PostRequest read(PostForm form, LocalDate today, Phrases phrases) {
    return new PostFormReader(form, phrases).toRequest(today);
  }

  private PostRequest toRequest(LocalDate today) {
    Map<Field, String> errors = new EnumMap<>(Field.class);
    String text = text(errors);
    Price checkedPrice = price(errors);
    WorkMode mode = place(errors);
    LocalDate checkedUntil = until(today, errors);
    Visibility checkedVisibility = visibility(errors);
    Overlap checkedOverlap = overlap(errors);
    String checkedCity = blank(form.city()) ? null : form.city().strip();
    if (!errors.isEmpty()) {
      throw new PostFormException(errors);
    }
    return new PostRequest(
        form.kind(),
        text,
        checkedPrice,
        mode,
        checkedCity,
        checkedUntil,
        checkedVisibility,
        checkedOverlap);
  }

  /**
   * A post's builder's error, on the field the form shows it beside: the engine checks what a form
   * cannot (control characters, a city for on-site work) when the post is built.
   */
  static PostFormException errorOf(InvalidPostException error, Phrases phrases) {
    return new PostFormException(
        Map.of(
            fieldOf(error),
            capitalized(RefusalText.onField(error, phrases, MemberText::quoted)) + "."));
  }

  private static Field fieldOf(InvalidPostException error) {
    switch (error.field()) {
      case RATE:
      case BUDGET:
        return Field.PRICE;
      case CITY:
        return Field.CITY;
      case UNTIL:
        return Field.UNTIL;
      default:
        return Field.DESCRIPTION;
    }
  }

  private String text(Map<Field, String> errors) {
    if (blank(form.description())) {
      errors.put(
          Field.DESCRIPTION,
          phrases.get("form.describe", "kind", form.kind().name().toLowerCase(Locale.ROOT)));
      return null;
    }
    // Skills go in as hashtags, which the engine reads as skills or keeps as tags.
    StringBuilder text = new StringBuilder(form.description().strip());
    if (!blank(form.skills())) {
      text.append('\n');
      for (String skill : form.skills().split("[,;\\n]+")) {
        String tag = skill.strip().replaceFirst("^#", "").replaceAll("\\s+", "-");
        if (!tag.isEmpty()) {
          text.append(" #").append(tag);
        }
      }
    }
    if (MemberText.length(text) > Post.MAX_TEXT_LENGTH) {
      errors.put(
          Field.DESCRIPTION,
          phrases.get(
              "form.tooLong", "length", MemberText.length(text), "max", Post.MAX_TEXT_LENGTH));
    }
    return text.toString();
  }

  private Price price(Map<Field, String> errors) {
    if (blank(form.price())) {
      return null;
    }
    try {
      return Price.parse(form.kind(), form.price().strip());
    } catch (InvalidPostException e) {
      errors.put(
          Field.PRICE, capitalized(RefusalText.problem(e, phrases, MemberText::quoted)) + ".");
      return null;
    }
  }

  private WorkMode place(Map<Field, String> errors) {
    if (blank(form.place())) {
      return WorkMode.REMOTE;
    }
    switch (form.place().strip().toLowerCase(Locale.ROOT)) {
      case "remote":
        return WorkMode.REMOTE;
      case "onsite":
      case "on-site":
        return WorkMode.ONSITE;
      case "either":
        return WorkMode.EITHER;
      default:
        errors.put(Field.PLACE, phrases.get("form.badPlace"));
        return null;
    }
  }

  private LocalDate until(LocalDate today, Map<Field, String> errors) {
    if (blank(form.until())) {
      return null;
    }
    try {
      LocalDate date = LocalDate.parse(form.until().strip());
      if (date.isBefore(today)) {
        errors.put(Field.UNTIL, phrases.get("form.untilPast", "date", date.toString()));
        return null;
      }
      return date;
    } catch (DateTimeParseException e) {
      errors.put(
          Field.UNTIL, phrases.get("form.untilNotADate", "value", MemberText.quoted(form.until())));
      return null;
    }
  }

  private Visibility visibility(Map<Field, String> errors) {
    if (blank(form.visibility())) {
      return Visibility.NETWORK;
    }
    switch (form.visibility().strip().toLowerCase(Locale.ROOT)) {
      case "space":
        return Visibility.SPACE;
      case "network":
        return Visibility.NETWORK;
      default:
        errors.put(Field.VISIBILITY, phrases.get("form.badVisibility"));
        return null;
    }
  }

  /** Left blank, the words and skills of the post decide. */
  private Overlap overlap(Map<Field, String> errors) {
    if (blank(form.overlap())) {
      return null;
    }
    try {
      return Overlap.parse(form.overlap());
    } catch (InvalidPostException e) {
      errors.put(Field.OVERLAP, phrases.get("form.badOverlap"));
      return null;
    }
  }

  private static boolean blank(String value) {
    return MemberText.isBlank(value);
  }

  private static String capitalized(String message) {
    return message.isEmpty()
        ? message
        : Character.toUpperCase(message.charAt(0)) + message.substring(1);
  }
}
