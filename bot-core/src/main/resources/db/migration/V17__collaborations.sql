-- "Did it work?": seven days after an introduction, each of the two is asked whether they worked
-- together. One row a side of an introduced pair, written in the transaction that queues the
-- question, so that a restart asks no one twice. asks counts the questions sent: a "not yet" earns
-- one more, seven days after it, and no other answer does.
CREATE TABLE collaborations (
  match_id     VARCHAR(60)  NOT NULL,
  member_id    VARCHAR(200) NOT NULL,
  asks         INTEGER      NOT NULL,
  asked_at     BIGINT       NOT NULL,
  answer       VARCHAR(10),
  answered_at  BIGINT,
  PRIMARY KEY (match_id, member_id)
);
CREATE INDEX collaborations_member ON collaborations (member_id);

-- When a pair's collaboration was confirmed: the first "yes" of either side. The activity counts
-- collaborations by it, and the label export reads it as the strongest sign a pair was right.
ALTER TABLE matches ADD COLUMN collaborated_at BIGINT;
CREATE INDEX matches_collaborated ON matches (collaborated_at);
