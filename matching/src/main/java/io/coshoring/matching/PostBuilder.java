package io.coshoring.matching;

import io.coshoring.matching.InvalidPostException.Field;
import io.coshoring.matching.InvalidPostException.Problem;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/** Builds a {@link Post}, checking each field; every error names the field and how to fix it. */
public final class PostBuilder {

  private static final int MAX_NAME_LENGTH = 200;
  private static final int MAX_SKILLS = 30;

  private String id;
  private PostKind kind;
  private String text;
  private Set<String> skills = Set.of();
  private String author;
  private String space;
  private ZoneId zone;
  private WorkingHours hours = WorkingHours.OFFICE;
  private Set<String> languages = Set.of();
  private WorkMode workMode = WorkMode.REMOTE;
  private String city;
  private Price price;
  private LocalDate availableFrom;
  private LocalDate availableUntil;
  private Instant createdAt;
  private Instant expiresAt;
  private Visibility visibility = Visibility.NETWORK;
  private Overlap overlap;

  PostBuilder() {}

  PostBuilder(Post post) {
    id = post.id();
    kind = post.kind();
    text = post.text();
    skills = post.skills();
    author = post.author();
    space = post.space();
    zone = post.zone();
    hours = post.hours();
    languages = post.languages();
    workMode = post.workMode();
    city = post.city();
    price = post.price();
    availableFrom = post.availableFrom();
    availableUntil = post.availableUntil();
    createdAt = post.createdAt();
    expiresAt = post.expiresAt();
    visibility = post.visibility();
    overlap = post.overlap();
  }

  public PostBuilder id(String id) {
    this.id = id;
    return this;
  }

  public PostBuilder kind(PostKind kind) {
    this.kind = kind;
    return this;
  }

  public PostBuilder text(String text) {
    this.text = text;
    return this;
  }

  /** Skills the member named outside the text (a form field); the text's own are found too. */
  public PostBuilder skills(Set<String> skills) {
    this.skills = skills == null ? Set.of() : skills;
    return this;
  }

  public PostBuilder author(String author) {
    this.author = author;
    return this;
  }

  public PostBuilder space(String space) {
    this.space = space;
    return this;
  }

  public PostBuilder zone(ZoneId zone) {
    this.zone = zone;
    return this;
  }

  /** An IANA timezone id such as {@code Europe/Paris}. */
  public PostBuilder timezone(String timezone) {
    if (timezone == null || timezone.isBlank()) {
      throw new InvalidPostException(Field.TIMEZONE, Problem.TIMEZONE_MISSING);
    }
    try {
      this.zone = ZoneId.of(timezone.strip());
    } catch (DateTimeException e) {
      throw new InvalidPostException(Field.TIMEZONE, timezone.strip(), Problem.TIMEZONE_UNKNOWN);
    }
    return this;
  }

  public PostBuilder hours(WorkingHours hours) {
    this.hours = hours;
    return this;
  }

  /** ISO 639-1 codes such as fr, en, he. */
  public PostBuilder languages(Set<String> languages) {
    this.languages = languages == null ? Set.of() : languages;
    return this;
  }

  public PostBuilder languages(String... languages) {
    return languages(new LinkedHashSet<>(Arrays.asList(languages)));
  }

  public PostBuilder workMode(WorkMode workMode) {
    this.workMode = workMode;
    return this;
  }

  public PostBuilder city(String city) {
    this.city = city;
    return this;
  }

  public PostBuilder price(Price price) {
    this.price = price;
    return this;
  }

  public PostBuilder availableFrom(LocalDate from) {
    this.availableFrom = from;
    return this;
  }

  public PostBuilder availableUntil(LocalDate until) {
    this.availableUntil = until;
    return this;
  }

  public PostBuilder createdAt(Instant createdAt) {
    this.createdAt = createdAt;
    return this;
  }

  /** When the post stops being matched; by default {@link Post#DEFAULT_LIFETIME} after creation. */
  public PostBuilder expiresAt(Instant expiresAt) {
    this.expiresAt = expiresAt;
    return this;
  }

  /** Whether the work needs shared working hours; null leaves it to the skills named. */
  public PostBuilder overlap(Overlap overlap) {
    this.overlap = overlap;
    return this;
  }

  public PostBuilder visibility(Visibility visibility) {
    this.visibility = visibility;
    return this;
  }

  public Post build() {
    String checkedId = name(Field.ID, id, 100);
    if (kind == null) {
      throw new InvalidPostException(Field.KIND, Problem.KIND_MISSING);
    }
    String checkedText = checkedText(text);
    String checkedAuthor = name(Field.AUTHOR, author, MAX_NAME_LENGTH);
    String checkedSpace = name(Field.SPACE, space, MAX_NAME_LENGTH);
    if (zone == null) {
      throw new InvalidPostException(Field.TIMEZONE, Problem.TIMEZONE_MISSING);
    }
    if (hours == null) {
      throw new InvalidPostException(Field.HOURS, Problem.HOURS_MISSING);
    }
    if (workMode == null) {
      throw new InvalidPostException(Field.WORK_MODE, Problem.WORK_MODE_MISSING);
    }
    String checkedCity = city == null || city.isBlank() ? null : name(Field.CITY, city, 100);
    if (checkedCity == null && workMode.allowsOnsite()) {
      throw new InvalidPostException(Field.CITY, Problem.CITY_NEEDED);
    }
    if (availableFrom != null && availableUntil != null && availableUntil.isBefore(availableFrom)) {
      throw new InvalidPostException(
          Field.UNTIL,
          Problem.UNTIL_BEFORE_START,
          "untilDate",
          availableUntil.toString(),
          "fromDate",
          availableFrom.toString());
    }
    if (createdAt == null) {
      throw new InvalidPostException(Field.CREATED, Problem.MISSING);
    }
    Instant expiry = expiresAt == null ? createdAt.plus(Post.DEFAULT_LIFETIME) : expiresAt;
    if (!expiry.isAfter(createdAt)) {
      throw new InvalidPostException(Field.EXPIRY, Problem.EXPIRY_NOT_AFTER_CREATION);
    }
    return new Post(
        checkedId,
        kind,
        checkedText,
        checkedSkills(skills),
        checkedAuthor,
        checkedSpace,
        zone,
        hours,
        Languages.checked(languages),
        workMode,
        checkedCity,
        price,
        availableFrom,
        availableUntil,
        createdAt,
        expiry,
        visibility == null ? Visibility.NETWORK : visibility,
        overlap);
  }

  private static String checkedText(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidPostException(Field.TEXT, Problem.TEXT_EMPTY);
    }
    String stripped = text.strip();
    // Counted as members count: an emoji is one character, not two UTF-16 units.
    int length = stripped.codePointCount(0, stripped.length());
    if (length > Post.MAX_TEXT_LENGTH) {
      throw new InvalidPostException(
          Field.TEXT, Problem.TEXT_TOO_LONG, "length", length, "maxLength", Post.MAX_TEXT_LENGTH);
    }
    rejectControlCharacters(Field.TEXT, stripped, true);
    return stripped;
  }

  private static String name(Field field, String value, int maxLength) {
    if (value == null || value.isBlank()) {
      throw new InvalidPostException(field, Problem.MISSING);
    }
    String stripped = value.strip();
    if (stripped.length() > maxLength) {
      throw new InvalidPostException(field, Problem.TOO_LONG, "maxLength", maxLength);
    }
    rejectControlCharacters(field, stripped, false);
    return stripped;
  }

  private static void rejectControlCharacters(Field field, String value, boolean multiline) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean allowed = multiline && (c == '\n' || c == '\t' || c == '\r');
      if (Character.isISOControl(c) && !allowed) {
        throw new InvalidPostException(
            field,
            Problem.CONTROL_CHARACTER,
            "character",
            String.format("U+%04X", (int) c),
            "position",
            i + 1);
      }
    }
  }

  private static Set<String> checkedSkills(Set<String> skills) {
    if (skills.size() > MAX_SKILLS) {
      throw new InvalidPostException(
          Field.SKILLS, Problem.TOO_MANY_SKILLS, "count", skills.size(), "max", MAX_SKILLS);
    }
    Set<String> checked = new LinkedHashSet<>();
    for (String skill : skills) {
      checked.add(name(Field.SKILLS, skill, 60));
    }
    return Set.copyOf(checked);
  }
}
