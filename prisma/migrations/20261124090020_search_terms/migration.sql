-- CreateTable
CREATE TABLE "SearchTerm" (
    "term" TEXT NOT NULL,

    CONSTRAINT "SearchTerm_pkey" PRIMARY KEY ("term")
);

-- CreateIndex
CREATE INDEX "SearchTerm_term_trgm_idx" ON "SearchTerm" USING GIN ("term" gin_trgm_ops);

-- Search expands each word of a query with the closest words of this vocabulary (pg_trgm word similarity), so
-- "kulinr" also looks for "kuliner" and "brawi" for "brawijaya" through the one GIN index on "searchVector".
CREATE FUNCTION search_terms_of(body text) RETURNS SETOF text LANGUAGE sql IMMUTABLE AS $$
  SELECT DISTINCT u.lexeme FROM unnest(to_tsvector('simple', body)) u
   WHERE length(u.lexeme) BETWEEN 3 AND 40 AND u.lexeme !~ '^[0-9]+$'
$$;

CREATE FUNCTION listing_search_terms_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "SearchTerm" ("term")
  SELECT DISTINCT t FROM new_rows n,
    search_terms_of(concat_ws(' ', n."nameId", n."nameEn", array_to_string(n."tags", ' '))) t
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Listing_search_terms_insert"
  AFTER INSERT ON "Listing" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION listing_search_terms_insert();

CREATE FUNCTION listing_search_terms_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "SearchTerm" ("term")
  SELECT t FROM search_terms_of(concat_ws(' ', NEW."nameId", NEW."nameEn", array_to_string(NEW."tags", ' '))) t
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Listing_search_terms_update"
  AFTER UPDATE OF "nameId", "nameEn", "tags" ON "Listing"
  FOR EACH ROW
  WHEN (OLD."nameId" IS DISTINCT FROM NEW."nameId" OR OLD."nameEn" IS DISTINCT FROM NEW."nameEn"
        OR OLD."tags" IS DISTINCT FROM NEW."tags")
  EXECUTE FUNCTION listing_search_terms_update();

CREATE FUNCTION subsector_search_terms() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "SearchTerm" ("term")
  SELECT t FROM search_terms_of(concat_ws(' ', NEW."nameId", NEW."nameEn")) t
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Subsector_search_terms"
  AFTER INSERT OR UPDATE OF "nameId", "nameEn" ON "Subsector"
  FOR EACH ROW EXECUTE FUNCTION subsector_search_terms();

INSERT INTO "SearchTerm" ("term")
SELECT DISTINCT t FROM "Listing" l, search_terms_of(concat_ws(' ', l."nameId", l."nameEn", array_to_string(l."tags", ' '))) t
UNION
SELECT t FROM "Subsector" s, search_terms_of(concat_ws(' ', s."nameId", s."nameEn")) t
ON CONFLICT DO NOTHING;

-- The text query of a search: the words as typed (websearch syntax, stemmed Indonesian or exact). A word that is
-- not in the vocabulary (a typo, or the start of a longer name) is widened to its closest vocabulary words, and the
-- query becomes every word as (exact | stem | close words), all required; words in the vocabulary stay as typed,
-- which keeps broad queries as cheap as they can be. Queries with operators (quotes, "-word", "or") keep their
-- exact meaning and are not widened. Returns NULL when the text has no searchable word.
CREATE FUNCTION search_tsquery(q text) RETURNS tsquery LANGUAGE plpgsql STABLE
-- pg_trgm's default (0.6) misses one letter left out of a long word (0.58 for 8 of 9 letters), so the index is
-- asked at 0.5 and short words are held to 0.6 below: at 0.5 "brawi" would also find "brantas".
SET pg_trgm.word_similarity_threshold = 0.5
AS $$
DECLARE
  stemmed tsquery := websearch_to_tsquery('indonesian', q);
  exact tsquery := websearch_to_tsquery('simple', q);
  typed tsquery;
  widened tsquery;
  alternatives tsquery;
  close_words tsquery;
  stem tsquery;
  is_widened boolean := false;
  word text;
BEGIN
  typed := CASE
    WHEN numnode(exact) = 0 AND numnode(stemmed) = 0 THEN NULL
    WHEN numnode(exact) = 0 THEN stemmed
    WHEN numnode(stemmed) = 0 OR stemmed::text = exact::text THEN exact
    ELSE stemmed || exact END;
  IF typed IS NULL OR q ~ '["()]' OR q ~* '(^|\s)(-|or(\s|$))' THEN RETURN typed; END IF;
  FOR word IN SELECT u.lexeme FROM unnest(to_tsvector('simple', q)) u ORDER BY u.positions[1] LOOP
    stem := to_tsquery('indonesian', quote_literal(word));
    -- A stop word (empty in Indonesian) stays optional, as in the typed query.
    CONTINUE WHEN numnode(stem) = 0;
    alternatives := CASE WHEN stem::text = quote_literal(word) THEN stem ELSE quote_literal(word)::tsquery || stem END;
    IF length(word) >= 3 AND NOT EXISTS (SELECT 1 FROM "SearchTerm" st WHERE st."term" = word) THEN
      SELECT string_agg(quote_literal(c."term"), ' | ')::tsquery INTO close_words FROM (
        SELECT st."term" FROM "SearchTerm" st
         WHERE word <% st."term" AND (length(word) >= 8 OR word_similarity(word, st."term") >= 0.6)
         ORDER BY word_similarity(word, st."term") DESC, st."term" LIMIT 8) c;
      IF close_words IS NOT NULL THEN
        alternatives := alternatives || close_words;
        is_widened := true;
      END IF;
    END IF;
    widened := CASE WHEN widened IS NULL THEN alternatives ELSE widened && alternatives END;
  END LOOP;
  RETURN CASE WHEN is_widened THEN widened ELSE typed END;
END;
$$;

-- Search reads the GIN index of "searchVector" directly: with fastupdate (the default) new entries wait in a
-- pending list that every search scans until (auto)vacuum merges it, which tripled broad searches right after a
-- bulk import (decision 002). Listings change rarely, so each change updates the index at once instead.
ALTER INDEX "Listing_searchVector_idx" SET (fastupdate = off);
