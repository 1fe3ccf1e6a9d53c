SELECT gasline_protect('acc_customer');
SELECT gasline_protect('acc_premises');
SELECT gasline_protect('acc_account');
SELECT gasline_protect('acc_account_history');
SELECT gasline_protect('acc_numbering');
SELECT gasline_protect('acc_counter');
SELECT gasline_protect('acc_import_job');
SELECT gasline_protect('acc_import_error');
