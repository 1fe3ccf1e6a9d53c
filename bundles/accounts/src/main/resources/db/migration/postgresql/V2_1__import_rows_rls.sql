SELECT gasline_protect('acc_import_row');
