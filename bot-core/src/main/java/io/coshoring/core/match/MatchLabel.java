package io.coshoring.core.match;

import io.coshoring.matching.Post;
import io.coshoring.matching.PostKind;
import java.time.Instant;

/**
 * One member's answer to a match, kept with both posts as the engine is given them (the authors'
 * profiles as they are when the answer comes): a pair labelled by the people it was proposed to,
 * for tuning the engine.
 *
 * @param answeredBy whose author answered: the demand's or the offer's
 * @param proposedAt when the engine proposed the pair, which the posts' ages are measured to
 */
public record MatchLabel(
    String matchId,
    PostKind answeredBy,
    Answer answer,
    Instant answeredAt,
    Instant proposedAt,
    Post demand,
    Post offer) {}
