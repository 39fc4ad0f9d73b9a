package io.coshoring.core.api;

import io.coshoring.matching.PostKind;

/** Open the posting form for an offer or a demand: the member typed the command alone. */
public record OpenPostForm(PostKind kind) {}
