-- When a pair was introduced (the second "interested"), for the network's activity week by week.
-- Pairs introduced before this column existed take the time of their last answer, as their labels
-- kept it, else the time they were proposed.
ALTER TABLE matches ADD COLUMN introduced_at BIGINT;
UPDATE matches SET introduced_at = COALESCE(
    (SELECT MAX(answered_at) FROM match_labels WHERE match_labels.match_id = matches.id),
    created_at)
  WHERE state = 'INTRODUCED';

-- The activity counts what happened in a span of weeks, by these times.
CREATE INDEX posts_created ON posts (created_at);
CREATE INDEX matches_created ON matches (created_at);
CREATE INDEX matches_introduced ON matches (introduced_at);
