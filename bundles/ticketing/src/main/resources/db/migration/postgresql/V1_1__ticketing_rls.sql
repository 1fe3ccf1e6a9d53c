SELECT gasline_protect('tkt_ticket');
SELECT gasline_protect('tkt_clock');
SELECT gasline_protect('tkt_event');
SELECT gasline_protect('tkt_policy');
SELECT gasline_protect('tkt_calendar');
SELECT gasline_protect('tkt_outage');
SELECT gasline_protect('tkt_outage_account');
