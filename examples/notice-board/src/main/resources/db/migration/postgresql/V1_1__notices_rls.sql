SELECT gasline_protect('notice');
