package io.coshoring.matching;

/** A canonical skill of the taxonomy, such as {@code react} or {@code video-editing}. */
public record Skill(String id, String name, String category) {}
