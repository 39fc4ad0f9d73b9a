-- When a post was matched again once searchable, against the posts published at the same moment;
-- a post stored but not caught up when the process stopped is caught up at the next start. The
-- posts from before this column were matched as they were published.
ALTER TABLE posts ADD COLUMN caught_up_at BIGINT;
UPDATE posts SET caught_up_at = created_at;
