SELECT gasline_protect('met_dunning');
