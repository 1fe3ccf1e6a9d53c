-- A calendar day is the branch's setting, not a record: DELETE …/calendar/{date} clears it, so the
-- application role may delete from this one table (gasline_protect grants no DELETE).
GRANT DELETE ON tkt_calendar TO gasline_app;
