SELECT gasline_protect('acc_document');
