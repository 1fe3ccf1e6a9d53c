SELECT gasline_protect('dut_assessment_scheme');
