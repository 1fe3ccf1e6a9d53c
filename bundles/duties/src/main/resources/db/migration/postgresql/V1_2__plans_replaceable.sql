-- A day's roster and the seat rules are plans that a branch replaces as a whole (PUT), not records:
-- the application role may delete from these two tables (gasline_protect grants no DELETE).
GRANT DELETE ON dut_roster TO gasline_app;
GRANT DELETE ON dut_seat_rule TO gasline_app;
