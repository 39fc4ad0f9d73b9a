-- The language the bot writes in: a space's default, and the locale a member's platform was last
-- seen in. A member's own choice is the first of their languages (members.languages, in order).
ALTER TABLE spaces ADD COLUMN language TEXT;
ALTER TABLE members ADD COLUMN platform_locale TEXT;
