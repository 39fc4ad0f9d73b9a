package io.coshoring.discord;

import io.coshoring.matching.Skill;
import io.coshoring.matching.SkillTaxonomy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.Command;

/**
 * Suggests skills of the taxonomy as a member types the {@code skills} option: the last word after
 * a comma is completed, the ones before it kept, so that several skills can be picked.
 */
final class SkillAutocomplete {

  /** Discord shows at most 25 choices. */
  private static final int CHOICES = 25;

  private final List<Skill> skills;

  SkillAutocomplete(SkillTaxonomy taxonomy) {
    this.skills = new ArrayList<>(taxonomy.skills());
    this.skills.sort(Comparator.comparing(Skill::name));
  }

  void handle(CommandAutoCompleteInteractionEvent event) {
    if (!event.getFocusedOption().getName().equals(CommandDefinitions.SKILLS)) {
      event.replyChoices().queue();
      return;
    }
    event.replyChoices(choices(event.getFocusedOption().getValue())).queue();
  }

  List<Command.Choice> choices(String typed) {
    int comma = typed.lastIndexOf(',');
    String before = comma < 0 ? "" : typed.substring(0, comma + 1) + " ";
    String word = typed.substring(comma + 1).strip().toLowerCase(Locale.ROOT);
    List<Command.Choice> choices = new ArrayList<>();
    for (Skill skill : skills) {
      if (choices.size() == CHOICES) {
        break;
      }
      if (skill.name().toLowerCase(Locale.ROOT).startsWith(word) || skill.id().startsWith(word)) {
        String value = before + skill.name();
        // Discord refuses choices over 100 characters.
        if (value.length() <= 100) {
          choices.add(new Command.Choice(value, value));
        }
      }
    }
    return choices;
  }
}
