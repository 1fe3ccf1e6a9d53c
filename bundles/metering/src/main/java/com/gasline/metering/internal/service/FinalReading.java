package com.gasline.metering.internal.service;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.accounts.api.AccountClosing;
import com.gasline.metering.api.rest.NewReading;
import com.gasline.metering.internal.store.MeterEntity;
import com.gasline.metering.internal.store.MeteringStore;
import com.gasline.platform.api.Caller;
import com.gasline.platform.api.Roles;
import com.gasline.platform.api.problem.FieldError;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;

/**
 * 销户 takes the final reading of the account's meter, issues the final bill (settled from the credit), takes the
 * meter out of service and refunds the credit left, unless the customer keeps it.
 */
@Component(service = AccountClosing.class)
public class FinalReading implements AccountClosing {

    private final MeteringStore store;
    private final Readings readings;
    private final Billing billing;
    private final Refunds refunds;

    @Activate
    public FinalReading(@Reference MeteringStore store, @Reference Readings readings, @Reference Billing billing, @Reference Refunds refunds) {
        this.store = store;
        this.readings = readings;
        this.billing = billing;
        this.refunds = refunds;
    }

    @Override
    public void beforeClose(String tenant, String accountNo, String actor, BigDecimal finalReading, boolean keepCredit) {
        closeMeter(tenant, accountNo, finalReading);
        if (!keepCredit) {
            refunds.refundCredit(tenant, actor, accountNo);
        }
    }

    private void closeMeter(String tenant, String accountNo, BigDecimal finalReading) {
        List<MeterEntity> inService = store.in(tenant, em -> em.createQuery(
                "select m from MeterEntity m where m.accountNo = :a and m.status = 'ACTIVE'", MeterEntity.class).setParameter("a", accountNo)
                .getResultList());
        if (inService.isEmpty()) {
            return;
        }
        if (finalReading == null || inService.size() > 1) {
            throw Problems.ruleViolated(Text.of("销户须先抄最终读数（多表用户请先逐表抄表并拆表）",
                    "Closing needs the final meter reading (read and remove each meter first when there are several)"),
                    List.of(new FieldError("finalReading", Text.of("必填", "is required"))));
        }
        MeterEntity meter = inService.get(0);
        readings.submit(tenant, new Caller(tenant, "销户", Set.of(Roles.CLERK)),
                new NewReading(meter.serial, finalReading, store.today(tenant), "READER", false));
        store.in(tenant, em -> {
            billing.finalBill(em, accountNo, store.now(tenant));
            em.find(MeterEntity.class, meter.serial).status = "REMOVED";
            return null;
        });
    }
}
