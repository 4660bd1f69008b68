-- A finding's explanation as a translation key with its arguments (api.Phrase#stored), so each reader reads it in
-- their language; message keeps the English wording the API gives. Findings stored before have none: the UI shows
-- their English message.
alter table case_finding add column explanation varchar(4000);
