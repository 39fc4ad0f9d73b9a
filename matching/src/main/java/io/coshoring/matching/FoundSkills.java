package io.coshoring.matching;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The skills found in a post as it is read: those it names, those named as the setting of the work,
 * and the short forms it writes, whose meaning is chosen once every other skill is found.
 */
final class FoundSkills {

  final Set<String> skills = new LinkedHashSet<>();
  final Set<String> context = new LinkedHashSet<>();

  /** Skills named only as the texts a translation is of (see {@link TranslatedWords}). */
  final Set<String> translated = new LinkedHashSet<>();

  final List<ShortForm> undecided = new ArrayList<>();

  /** Each short form written, and whether it was only ever written as the setting of the work. */
  private final Map<ShortForm, Boolean> shortForms = new LinkedHashMap<>();

  void add(String skill, boolean asSetting) {
    add(skill, asSetting, false);
  }

  /** A skill named in the text; a text translated is the setting of the work too. */
  void add(String skill, boolean asSetting, boolean asTranslated) {
    // A skill named as the work anywhere stays the work, wherever else it is named.
    if ((asSetting || asTranslated) && !skills.contains(skill)) {
      context.add(skill);
    } else {
      context.remove(skill);
    }
    if (asTranslated && !skills.contains(skill)) {
      translated.add(skill);
    } else {
      translated.remove(skill);
    }
    skills.add(skill);
  }

  /** A skill named outside the text, in the post's skills field: the work, always. */
  void addNamed(String skill) {
    skills.add(skill);
    context.remove(skill);
    translated.remove(skill);
  }

  void add(ShortForm form, boolean asSetting) {
    shortForms.merge(form, asSetting, Boolean::logicalAnd);
  }

  /**
   * Reads each short form by the skills found besides: a meaning they name too is that skill again,
   * others are added as the short form was written; several left are kept as undecided.
   */
  void chooseMeanings(ShortFormReading reading) {
    Set<String> named = Set.copyOf(skills);
    shortForms.forEach(
        (form, asSetting) -> {
          Set<String> meanings = reading.meanings(form, named);
          for (String meaning : meanings) {
            if (!named.contains(meaning)) {
              add(meaning, asSetting);
            }
          }
          if (meanings.size() > 1) {
            undecided.add(new ShortForm(form.name(), meanings));
          }
        });
    shortForms.clear();
  }
}
