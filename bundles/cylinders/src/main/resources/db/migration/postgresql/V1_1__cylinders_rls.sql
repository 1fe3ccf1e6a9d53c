SELECT gasline_protect('cyl_point');
SELECT gasline_protect('cyl_cylinder');
SELECT gasline_protect('cyl_movement');
SELECT gasline_protect('cyl_exchange');
SELECT gasline_protect('cyl_check');
SELECT gasline_protect('cyl_remittance');
