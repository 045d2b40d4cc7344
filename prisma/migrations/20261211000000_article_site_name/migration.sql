-- The site's name as the page gives it, kept beside the outlet the article is filed under (which the user may
-- name otherwise), now that titles are stored without the site name appended to them. Articles stored before
-- have none.
ALTER TABLE "article" ADD COLUMN "site_name" TEXT;
