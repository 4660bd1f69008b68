-- A payment may not lie before its penalty was recorded (domain.md, Corrections): keep the day it was.
alter table legal_proceeding add column penalty_recorded_on date;
