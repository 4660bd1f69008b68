-- A history line as a translation key with its arguments (api.Phrase#stored), rendered in the reader's language;
-- what keeps the English wording the API gives. Lines recorded before have none: the UI shows their English text.
alter table case_history add column what_key varchar(4000);
