-- The locale a space's platform says it prefers (a Discord server's), for what the bot writes where
-- no one member reads alone, when the space's admins chose no language.
ALTER TABLE spaces ADD COLUMN platform_locale TEXT;
