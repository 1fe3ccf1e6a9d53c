SELECT gasline_protect('insp_rule');
SELECT gasline_protect('insp_plan');
SELECT gasline_protect('insp_inspection');
SELECT gasline_protect('insp_notice');
SELECT gasline_protect('insp_visit');
SELECT gasline_protect('insp_hazard');
SELECT gasline_protect('insp_reinspection');
