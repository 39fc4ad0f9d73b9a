package io.coshoring.matching;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;

/**
 * The scorer's weights, all read from one file, {@code weights.properties} beside this class, so
 * that a change of weight is a change of data, measured by the tuning command rather than guessed.
 */
public final class MatchWeights {

  private static final String FILE = "weights.properties";

  private final double[] values;

  private MatchWeights(double[] values) {
    this.values = values;
  }

  /** The weights shipped with coshoring. */
  public static MatchWeights standard() {
    try (InputStream in = MatchWeights.class.getResourceAsStream(FILE)) {
      if (in == null) {
        throw new IllegalStateException("the matching weights file is missing: " + FILE);
      }
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return of(properties, FILE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + FILE, e);
    }
  }

  /** Weights from {@code properties}, which must name each weight once, and nothing else. */
  static MatchWeights of(Properties properties, String where) {
    double[] values = new double[Weight.values().length];
    for (Weight weight : Weight.values()) {
      String value = properties.getProperty(weight.key());
      if (value == null) {
        throw new IllegalStateException(where + ": no value for " + weight.key());
      }
      try {
        values[weight.ordinal()] = Double.parseDouble(value.strip());
      } catch (NumberFormatException e) {
        throw new IllegalStateException(
            where + ": " + weight.key() + " = '" + value + "' is not a number");
      }
    }
    for (String key : properties.stringPropertyNames()) {
      if (Arrays.stream(Weight.values()).noneMatch(w -> w.key().equals(key))) {
        throw new IllegalStateException(where + ": " + key + " is no weight of the scorer");
      }
    }
    return new MatchWeights(values);
  }

  double get(Weight weight) {
    return values[weight.ordinal()];
  }

  /** These weights with one changed: for the tuning command's search. */
  MatchWeights with(Weight weight, double value) {
    double[] changed = values.clone();
    changed[weight.ordinal()] = value;
    return new MatchWeights(changed);
  }

  /** The weights in the file's form, for the tuning command to print. */
  Properties asProperties() {
    Properties properties = new Properties();
    for (Weight weight : Weight.values()) {
      properties.setProperty(weight.key(), Double.toString(get(weight)));
    }
    return properties;
  }
}
