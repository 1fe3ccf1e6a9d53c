SELECT gasline_protect('met_ledger');
SELECT gasline_protect('met_bill_run_held');
SELECT gasline_protect('met_receipt_action');
SELECT gasline_protect('met_refund');
SELECT gasline_protect('met_adjustment');
SELECT gasline_protect('met_cashier_day');
SELECT gasline_protect('met_settings');
