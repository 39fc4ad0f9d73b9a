package io.coshoring.core.match;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;

/**
 * A file of the engine's evaluation set, as {@code EvaluationSet} in the engine's tests reads it:
 * offers, and demands with the offers that should be proposed and those that should not.
 */
public record EvaluationFile(
    List<EvaluationFile.EvalPost> offers, List<EvaluationFile.EvalPost> demands) {

  /** The file's text, indented so that a person tuning the engine can read it. */
  public String json() {
    try {
      return new ObjectMapper()
              .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL)
              .enable(SerializationFeature.INDENT_OUTPUT)
              .writeValueAsString(this)
          + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the labels could not be written as JSON", e);
    }
  }

  /**
   * A post of the file. An offer has no category and no labels; the fields a post did not give are
   * left out, as in the engine's files.
   */
  public record EvalPost(
      String id,
      String author,
      String space,
      String text,
      List<String> skills,
      String timezone,
      String hours,
      List<String> languages,
      String workMode,
      String city,
      String price,
      String availableFrom,
      String availableUntil,
      long postedDaysAgo,
      String visibility,
      String overlap,
      String category,
      List<String> relevant,
      List<String> collaborated,
      List<HardNegative> hardNegatives) {

    /**
     * The post as a demand of the set, in a category, with the offers it was labelled with.
     *
     * @param workedWith the relevant offers whose pair said they worked together: the engine reads
     *     only {@code relevant}, and this says which of them are surest
     */
    EvalPost labelled(
        String inCategory,
        List<String> relevantOffers,
        List<String> workedWith,
        List<HardNegative> negatives) {
      return new EvalPost(
          id,
          author,
          space,
          text,
          skills,
          timezone,
          hours,
          languages,
          workMode,
          city,
          price,
          availableFrom,
          availableUntil,
          postedDaysAgo,
          visibility,
          overlap,
          inCategory,
          List.copyOf(relevantOffers),
          workedWith.isEmpty() ? null : List.copyOf(workedWith),
          List.copyOf(negatives));
    }
  }

  /** An offer the demand's pair was turned down for, and how. */
  public record HardNegative(String offer, String why) {}
}
