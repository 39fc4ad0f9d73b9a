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

  /**
   * Skills named only as what the work is done on or for, not the trade: the texts a translation is
   * of, the teams served (see {@link TranslatedWords}, {@link TeamWords}).
   */
  final Set<String> served = new LinkedHashSet<>();

  final List<ShortForm> undecided = new ArrayList<>();

  /** Each short form written, and whether it was only ever written as the setting of the work. */
  private final Map<ShortForm, Boolean> shortForms = new LinkedHashMap<>();

  void add(String skill, boolean asSetting) {
    add(skill, asSetting, false);
  }

  /** A skill named in the text; what the work is done on or for is its setting too. */
  void add(String skill, boolean asSetting, boolean asServed) {
    // A skill named as the work anywhere stays the work, wherever else it is named.
    if ((asSetting || asServed) && !skills.contains(skill)) {
      context.add(skill);
    } else {
      context.remove(skill);
    }
    if (asServed && !skills.contains(skill)) {
      served.add(skill);
    } else {
      served.remove(skill);
    }
    skills.add(skill);
  }

  /** A skill named outside the text, in the post's skills field: the work, always. */
  void addNamed(String skill) {
    skills.add(skill);
    context.remove(skill);
    served.remove(skill);
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
