package com.gasline.cylinders.internal.rules;

/**
 * A day's remittance against its exchanges: cash paid for exchanges should arrive as cash, vouchers
 * taken should arrive as vouchers. The differences (handed over minus expected) are kept, whatever their sign.
 */
public record Reconciliation(long expectedCashFen, int expectedVouchers, long cashDifferenceFen, int voucherDifference) {

    public static Reconciliation of(long expectedCashFen, int expectedVouchers, long cashFen, int vouchers) {
        return new Reconciliation(expectedCashFen, expectedVouchers, cashFen - expectedCashFen, vouchers - expectedVouchers);
    }

    public boolean balanced() {
        return cashDifferenceFen == 0 && voucherDifference == 0;
    }
}
