package io.coshoring.web;

import io.coshoring.core.api.Activity.Flow;
import io.coshoring.core.api.Activity.Place;
import io.coshoring.core.language.Phrases;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Who works with whom, drawn on the server: the spaces on a circle, and a line between two spaces
 * whose members were introduced, the wider the more introductions. The busiest flows are drawn, as
 * many as keep the circle readable; the table under it lists them all.
 */
record FlowsPicture(int width, int height, List<Node> nodes, List<Line> lines) {

  /** Wide enough for the labels on either side of the circle. */
  private static final int WIDTH = 800;

  private static final int HEIGHT = 480;
  private static final int RADIUS = 170;

  /** More spaces than this crowd the circle's labels. */
  private static final int MOST_SPACES = 16;

  /** A label longer than this is cut: the table gives the whole name. */
  private static final int LABEL = 26;

  /**
   * @param anchor which end of its label touches the circle: labels point away from it
   */
  record Node(int x, int y, int labelX, int labelY, String anchor, String label) {}

  /**
   * @param width its stroke's width, as SVG reads it
   * @param title the pair and its figures, as a pointer hovering the line shows them
   */
  record Line(int x1, int y1, int x2, int y2, String width, String title) {}

  FlowsPicture {
    nodes = List.copyOf(nodes);
    lines = List.copyOf(lines);
  }

  /**
   * @param flows most introductions first
   */
  static FlowsPicture of(List<Flow> flows, Phrases phrases) {
    List<Flow> drawn = new ArrayList<>();
    Map<String, Place> places = new LinkedHashMap<>();
    for (Flow flow : flows) {
      Map<String, Place> with = new LinkedHashMap<>(places);
      with.putIfAbsent(flow.one().spaceId(), flow.one());
      with.putIfAbsent(flow.other().spaceId(), flow.other());
      if (with.size() > MOST_SPACES) {
        continue;
      }
      places = with;
      drawn.add(flow);
    }
    Map<String, int[]> at = new LinkedHashMap<>();
    List<Node> nodes = new ArrayList<>();
    int count = places.size();
    int i = 0;
    for (Place place : places.values()) {
      // Clockwise from the top, so that two spaces face each other across the middle.
      double angle = -Math.PI / 2 + 2 * Math.PI * i++ / count;
      double cos = Math.cos(angle);
      double sin = Math.sin(angle);
      int x = across(RADIUS * cos);
      int y = down(RADIUS * sin);
      at.put(place.spaceId(), new int[] {x, y});
      String anchor = cos > 0.2 ? "start" : cos < -0.2 ? "end" : "middle";
      nodes.add(
          new Node(
              x,
              y,
              across((RADIUS + 12) * cos),
              down((RADIUS + 12) * sin) + (sin > 0.2 ? 14 : sin < -0.2 ? -6 : 4),
              anchor,
              shortened(name(place, phrases))));
    }
    int most = drawn.stream().mapToInt(Flow::introductions).max().orElse(0);
    List<Line> lines = new ArrayList<>();
    for (Flow flow : drawn) {
      int[] one = at.get(flow.one().spaceId());
      int[] other = at.get(flow.other().spaceId());
      // A pair given a room with no introduction in these weeks (it came before) stays thin.
      double width = most == 0 ? 1.5 : 1.5 + 12.0 * flow.introductions() / most;
      lines.add(
          new Line(
              one[0],
              one[1],
              other[0],
              other[1],
              String.format(Locale.ROOT, "%.1f", width),
              phrases.get(
                  "activity.flow",
                  "one",
                  name(flow.one(), phrases),
                  "other",
                  name(flow.other(), phrases),
                  "introductions",
                  flow.introductions(),
                  "rooms",
                  flow.rooms())));
    }
    return new FlowsPicture(WIDTH, HEIGHT, nodes, lines);
  }

  /** A space's name, or what the spaces that keep their posts inside are called together. */
  static String name(Place place, Phrases phrases) {
    return place.others() ? phrases.get("activity.otherSpaces") : place.name();
  }

  private static int across(double offset) {
    return (int) Math.round(WIDTH / 2.0 + offset);
  }

  private static int down(double offset) {
    return (int) Math.round(HEIGHT / 2.0 + offset);
  }

  private static String shortened(String name) {
    if (name.codePointCount(0, name.length()) <= LABEL) {
      return name;
    }
    return name.substring(0, name.offsetByCodePoints(0, LABEL - 1)) + "…";
  }
}
