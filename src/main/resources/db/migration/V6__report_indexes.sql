-- The Annual Illegal Trade Report reads a year of seizures in pages ordered by seizure time, and then the parts of
-- each page's cases by case id: without these indexes every page would scan the whole tables.
-- (seized_at, id) also serves the statistics, which group by the seizure date.
create index if not exists seizure_case_seized_at_id on seizure_case (seized_at, id);
create index if not exists case_party_case on case_party (case_id);
create index if not exists disposal_decision_case on disposal_decision (case_id);
create index if not exists expertise_round_case on expertise_round (case_id);
create index if not exists expertise_identification_round on expertise_identification (round_id);
