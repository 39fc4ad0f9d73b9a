-- Whether a post's work needs shared working hours (LIVE or ASYNC); NULL leaves it to its skills.
ALTER TABLE posts ADD COLUMN overlap TEXT;
