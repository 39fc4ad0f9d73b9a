package io.coshoring.web;

import io.coshoring.core.api.PostForm;
import io.coshoring.core.language.Phrases;
import io.coshoring.matching.PostKind;
import java.util.Locale;
import java.util.Map;

/**
 * The posting form as one member sees it: the modals' labels in their language, what they wrote
 * kept, and the core's error beside each field it refused.
 */
record PostFormView(
    Phrases phrases,
    PostKind kind,
    Map<PostForm.Field, String> values,
    Map<PostForm.Field, String> errors,
    String csrfToken) {

  /** A field's name in the page's form: {@code description}, {@code until}. */
  static String name(PostForm.Field field) {
    return field.name().toLowerCase(Locale.ROOT);
  }

  String t(String key) {
    return phrases.get(key, "kind", kindName());
  }

  String kindName() {
    return kind.name().toLowerCase(Locale.ROOT);
  }

  String lang() {
    return phrases.language().code();
  }

  String dir() {
    return phrases.language().rightToLeft() ? "rtl" : "ltr";
  }

  /** What the member wrote in the field, or "". */
  String value(PostForm.Field field) {
    return values.getOrDefault(field, "");
  }

  /** Whether the member chose {@code option} in a field of choices. */
  boolean chose(PostForm.Field field, String option) {
    return option.equals(value(field));
  }

  /** The core's error for the field, or null when it took it. */
  String error(PostForm.Field field) {
    return errors.get(field);
  }
}
