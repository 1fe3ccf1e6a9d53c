SELECT gasline_protect('appt_window');
SELECT gasline_protect('appt_setting');
SELECT gasline_protect('appt_appointment');
