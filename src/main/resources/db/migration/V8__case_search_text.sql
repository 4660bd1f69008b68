-- What ?q= finds a case by, in one lower-cased column: its number, place, conveyance, declared goods, and every party's
-- name and document number. Written once on registration (those fields never change afterwards), so a search
-- is one predicate that an index can serve (a trigram index on PostgreSQL, db/postgresql).
alter table seizure_case add column search_text varchar(20000);

update seizure_case set search_text = lower(concat_ws(' ', case_number, location, conveyance, declared_goods,
    (select string_agg(concat_ws(' ', p.name, p.identity_document), ' ') from case_party p
     where p.case_id = seizure_case.id)));

-- Late cases first by number, newest first, without reading the others (?overdue=true and the managers' overview).
create index seizure_case_overdue on seizure_case (overdue, id);
