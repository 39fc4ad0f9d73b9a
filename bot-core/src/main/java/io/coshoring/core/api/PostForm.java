package io.coshoring.core.api;

import io.coshoring.core.text.MemberText;
import io.coshoring.matching.PostKind;

/**
 * A post as a form gives it (a Slack modal, a Discord modal): one raw value a field, any of them
 * blank. Unlike a command line, a form can say which field is wrong, so every error is kept with
 * its field and all of them are reported at once.
 */
public record PostForm(
    PostKind kind,
    String description,
    String skills,
    String price,
    String place,
    String city,
    String until,
    String visibility,
    String overlap) {

  /** What the member wrote passes the core's guard here, as it enters. */
  public PostForm {
    description = MemberText.clean(description);
    skills = MemberText.clean(skills);
    price = MemberText.clean(price);
    place = MemberText.clean(place);
    city = MemberText.clean(city);
    until = MemberText.clean(until);
    visibility = MemberText.clean(visibility);
    overlap = MemberText.clean(overlap);
  }

  /** The fields of the form, each with the key of the label members see, in their language. */
  public enum Field {
    DESCRIPTION("modal.description"),
    SKILLS("modal.skills"),
    PRICE("modal.price"),
    PLACE("modal.place"),
    CITY("modal.city"),
    UNTIL("modal.until"),
    VISIBILITY("modal.visibility"),
    OVERLAP("modal.overlap");

    private final String labelKey;

    Field(String labelKey) {
      this.labelKey = labelKey;
    }

    /** The label's message, which may choose its words by the form's {@code kind}. */
    public String labelKey() {
      return labelKey;
    }
  }
}
