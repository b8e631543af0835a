-- Catalog search matches name and description as one text, through one trigram
-- index on that expression. One predicate gets one estimate from the index's own
-- statistics; two ORed predicates on correlated columns were overestimated
-- three-fold, and the planner then walked the primary key instead of the index.
CREATE INDEX "Product_search_text_trgm_idx" ON "Product" USING GIN (("name" || E'\n' || coalesce("description", '')) gin_trgm_ops);

DROP INDEX "Product_name_trgm_idx";
DROP INDEX "Product_description_trgm_idx";
