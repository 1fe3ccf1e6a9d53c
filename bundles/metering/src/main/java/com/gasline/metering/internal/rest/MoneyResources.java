package com.gasline.metering.internal.rest;

import javax.ws.rs.core.Response;

import com.gasline.metering.api.rest.AccountBalance;
import com.gasline.metering.api.rest.AccountMoneyApi;
import com.gasline.metering.api.rest.Adjustment;
import com.gasline.metering.api.rest.AdjustmentsApi;
import com.gasline.metering.api.rest.Bill;
import com.gasline.metering.api.rest.BillsApi;
import com.gasline.metering.api.rest.Correction;
import com.gasline.metering.api.rest.LedgerLine;
import com.gasline.metering.api.rest.NewAdjustment;
import com.gasline.metering.api.rest.NewRefund;
import com.gasline.metering.api.rest.Refund;
import com.gasline.metering.api.rest.Reversal;
import com.gasline.metering.internal.service.AccountLedger;
import com.gasline.metering.internal.service.Adjustments;
import com.gasline.metering.internal.service.BillPrints;
import com.gasline.metering.internal.service.Billing;
import com.gasline.metering.internal.service.Corrections;
import com.gasline.metering.internal.service.Refunds;
import com.gasline.platform.api.Page;
import com.gasline.platform.api.PageRequest;
import com.gasline.platform.api.RequestContext;

/** The HTTP faces of an account's money (its bills, ledger, refunds, adjustments), of bills and of adjustments. */
public record MoneyResources(AccountLedger ledger, Refunds refunds, Adjustments adjustments, Corrections corrections, Billing billing,
        BillPrints prints, RequestContext requests) {

    AccountMoneyApi accountApi(String accountNo) {
        return new AccountMoneyResource(this, accountNo);
    }

    BillsApi billsApi() {
        return new BillsResource(this);
    }

    AdjustmentsApi adjustmentsApi() {
        return new AdjustmentsResource(this);
    }

    String user() {
        return requests.requireCaller().username();
    }

    /** Public classes: CXF invokes them reflectively from its own bundle. */
    public record AccountMoneyResource(MoneyResources r, String accountNo) implements AccountMoneyApi {
        @Override
        public Page<Bill> bills(Integer page, Integer size) {
            return r.billing().bills(r.requests().tenant(), accountNo, PageRequest.of(page, size));
        }

        @Override
        public Page<LedgerLine> ledger(Integer page, Integer size) {
            return r.ledger().ledger(r.requests().tenant(), accountNo, PageRequest.of(page, size));
        }

        @Override
        public AccountBalance balance() {
            return r.ledger().balance(r.requests().tenant(), accountNo);
        }

        @Override
        public Response refund(NewRefund refund) {
            Refund paid = r.refunds().refund(r.requests().tenant(), r.user(), accountNo, refund);
            return Response.created(r.requests().location("accounts", accountNo, "refunds", paid.id())).entity(paid).build();
        }

        @Override
        public Refund refundById(String id) {
            return r.refunds().refund(r.requests().tenant(), accountNo, id);
        }

        @Override
        public Response requestAdjustment(NewAdjustment adjustment) {
            Adjustment asked = r.adjustments().request(r.requests().tenant(), r.user(), accountNo, adjustment);
            return Response.created(r.requests().location("adjustments", asked.id())).entity(asked).build();
        }
    }

    public record BillsResource(MoneyResources r) implements BillsApi {
        @Override
        public Bill bill(String billId) {
            return r.billing().bill(r.requests().tenant(), billId);
        }

        @Override
        public String print(String billId) {
            return r.prints().html(r.requests().tenant(), billId);
        }

        @Override
        public Correction reverse(String billId, Reversal reversal) {
            return r.corrections().reverse(r.requests().tenant(), r.user(), billId, reversal);
        }
    }

    public record AdjustmentsResource(MoneyResources r) implements AdjustmentsApi {
        @Override
        public Page<Adjustment> pending(Integer page, Integer size) {
            return r.adjustments().pending(r.requests().tenant(), PageRequest.of(page, size));
        }

        @Override
        public Adjustment adjustment(String id) {
            return r.adjustments().adjustment(r.requests().tenant(), id);
        }

        @Override
        public Adjustment approve(String id) {
            return r.adjustments().decide(r.requests().tenant(), r.user(), id, true);
        }

        @Override
        public Adjustment refuse(String id) {
            return r.adjustments().decide(r.requests().tenant(), r.user(), id, false);
        }
    }
}
