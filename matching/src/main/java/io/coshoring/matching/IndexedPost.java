package io.coshoring.matching;

import java.util.List;
import java.util.Set;

/**
 * A post with the skills found in it, as the engine keeps it.
 *
 * @param skills every skill the post names, and every meaning of a short form it leaves undecided
 * @param needs its skills as they count in a match: one each, but a short form's meanings together
 * @param context the skills a demand names as the setting of the work, not the work ("a React
 *     developer for our Shopify store"): a subset of {@code skills}
 * @param families every skill its skills are a kind of, for finding posts a family apart
 * @param suggested the skills a demand's problem words suggest, none of the family of a skill it
 *     names: kept apart from {@code skills}, as weaker signs
 * @param overlapInWords whether its text says the work needs shared hours; null when it does not
 * @param languagesNamed the languages its text names ("a native French voice-over")
 * @param translates the directions its text says it translates, or needs translated ("English into
 *     French"); a pair stated both ways is two
 * @param countriesNamed the countries its text names, as ISO 3166 codes ("our Israeli team": IL)
 * @param meetingTimes the times a demand's text names for meeting ("a weekly call at 4pm London
 *     time"), each in the zone it names or else the demand's own; none for an offer
 * @param presenceAsked whether a demand's text asks for someone to come to its place ("come to our
 *     Paris office once a week"); false for an offer
 */
record IndexedPost(
    Post post,
    Set<String> skills,
    List<Need> needs,
    Set<String> context,
    Set<String> families,
    List<Suggestion> suggested,
    Overlap overlapInWords,
    Set<String> languagesNamed,
    Set<LanguagePair> translates,
    Set<String> countriesNamed,
    List<MeetingTime> meetingTimes,
    boolean presenceAsked) {

  IndexedPost {
    languagesNamed = Set.copyOf(languagesNamed);
    translates = Set.copyOf(translates);
    countriesNamed = Set.copyOf(countriesNamed);
    meetingTimes = List.copyOf(meetingTimes);
    skills = Set.copyOf(skills);
    needs = List.copyOf(needs);
    context = Set.copyOf(context);
    families = Set.copyOf(families);
    suggested = List.copyOf(suggested);
  }

  /** How much a skill the post names counts: the work itself fully, its setting a little. */
  double weightOf(String skill, double contextWeight) {
    return context.contains(skill) ? contextWeight : 1;
  }

  /** How much a need counts: as much as the most any of its skills does. */
  double weightOf(Need need, double contextWeight) {
    double weight = 0;
    for (String skill : need.anyOf()) {
      weight = Math.max(weight, weightOf(skill, contextWeight));
    }
    return weight;
  }
}
