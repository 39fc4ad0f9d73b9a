-- How a member's name shows on the network's wall: their first name unless they chose their full
-- name with /coshore profile name:full. The wall is read outside the member's space, so the
-- default gives away the least.
ALTER TABLE members ADD COLUMN name_on_wall TEXT NOT NULL DEFAULT 'FIRST';
