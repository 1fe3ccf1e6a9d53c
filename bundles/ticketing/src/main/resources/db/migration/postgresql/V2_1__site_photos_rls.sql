SELECT gasline_protect('tkt_attachment');
