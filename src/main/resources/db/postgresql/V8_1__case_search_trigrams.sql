-- PostgreSQL only (the postgres profile adds this folder): ?q= is a substring search, which a B-tree cannot serve;
-- a trigram index can, so a search in 100,000 cases reads the matching rows, not all of them. pg_trgm ships with
-- PostgreSQL and is a trusted extension (13+): the database owner may create it.
create extension if not exists pg_trgm;

create index seizure_case_search on seizure_case using gin (search_text gin_trgm_ops);
