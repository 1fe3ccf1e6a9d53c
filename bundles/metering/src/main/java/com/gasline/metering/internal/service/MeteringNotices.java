package com.gasline.metering.internal.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.gasline.accounts.api.AccountDirectory;
import com.gasline.accounts.api.CustomerCategory;
import com.gasline.metering.api.rest.LowBalance;
import com.gasline.metering.api.rest.NoticesSent;
import com.gasline.metering.api.rest.Season;
import com.gasline.metering.internal.rules.PriceVersion;
import com.gasline.metering.internal.store.MeteringStore;
import com.gasline.platform.api.Page;
import com.gasline.platform.api.PageRequest;
import com.gasline.platform.api.notify.NoticeKinds;
import com.gasline.platform.api.notify.NoticeRequest;
import com.gasline.platform.api.notify.Notifications;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;

/**
 * The lists staff used to work through by phone, sent as notices: 余额不足 (once a day per account) and 气价调整通知
 * (once per price version and account). Notices are idempotent per subject, so sending again tells nobody twice.
 */
@Component(service = MeteringNotices.class)
public class MeteringNotices {

    private static final int PAGE = 500;

    private final MeteringStore store;
    private final Payments payments;
    private final Tariffs tariffs;
    private final AccountDirectory accounts;
    private final Notifications notifications;

    @Activate
    public MeteringNotices(@Reference MeteringStore store, @Reference Payments payments, @Reference Tariffs tariffs,
            @Reference AccountDirectory accounts, @Reference Notifications notifications) {
        this.store = store;
        this.payments = payments;
        this.tariffs = tariffs;
        this.accounts = accounts;
        this.notifications = notifications;
    }

    public NoticesSent lowBalance(String tenant, Long belowFen) {
        LocalDate today = store.today(tenant);
        List<NoticeRequest> requests = new ArrayList<>();
        for (int page = 0;; page++) {
            Page<LowBalance> low = payments.lowBalance(tenant, belowFen, PageRequest.of(page, PAGE));
            low.items().forEach(l -> requests.add(new NoticeRequest(NoticeKinds.LOW_BALANCE, recipient(tenant, l.accountNo(), l.holderName()),
                    Map.of(), Map.of("balance", yuan(l.balanceFen())), false, "low-balance:" + l.accountNo() + ":" + today)));
            if ((long) (page + 1) * PAGE >= low.total()) {
                break;
            }
        }
        send(tenant, requests);
        return new NoticesSent(NoticeKinds.LOW_BALANCE, "low-balance:*:" + today, requests.size());
    }

    /** The category's next price version (after today) told to every active account of the category. */
    public NoticesSent priceChange(String tenant, String categoryName) {
        CustomerCategory category;
        try {
            category = CustomerCategory.valueOf(categoryName.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw Problems.notFound(Text.of("没有这个用户类别", "No such customer category"));
        }
        LocalDate today = store.today(tenant);
        PriceVersion next = tariffs.versions(tenant, category).stream().filter(v -> v.effectiveFrom().isAfter(today)).findFirst()
                .orElseThrow(() -> Problems.ruleViolated(Text.of("该类别没有待生效的新气价", "The category has no price change pending")));
        String subject = "price-change:" + category + ":" + next.effectiveFrom();
        Map<String, String> params = Map.of("basis", "价格主管部门批复", "effectiveFrom", next.effectiveFrom().toString(),
                "tariff", category.zh() + "用气价格", "price", price(next));
        List<NoticeRequest> requests = new ArrayList<>();
        for (int page = 0;; page++) {
            Page<String> due = tariffs.notices(tenant, category.name(), PageRequest.of(page, PAGE));
            due.items().forEach(no -> requests.add(new NoticeRequest(NoticeKinds.PRICE_CHANGE, recipient(tenant, no, null), Map.of(), params,
                    false, subject)));
            if ((long) (page + 1) * PAGE >= due.total()) {
                break;
            }
        }
        send(tenant, requests);
        return new NoticesSent(NoticeKinds.PRICE_CHANGE, subject, requests.size());
    }

    private void send(String tenant, List<NoticeRequest> requests) {
        for (int from = 0; from < requests.size(); from += PAGE) {
            notifications.sendAll(tenant, requests.subList(from, Math.min(requests.size(), from + PAGE)));
        }
    }

    private NoticeRequest.Recipient recipient(String tenant, String accountNo, String holder) {
        return accounts.find(tenant, accountNo).map(a -> new NoticeRequest.Recipient(a.customerId(), accountNo, a.customerName()))
                .orElse(new NoticeRequest.Recipient(accountNo, accountNo, holder == null ? accountNo : holder));
    }

    /** What the customer reads as the new price: a flat price, the first tier, or the range of the seasons. */
    private static String price(PriceVersion v) {
        return switch (v.kind()) {
            case FLAT -> yuan(v.priceFen()) + " 元/立方米";
            case TIERED -> "第一档 " + yuan(v.tiers().get(0).priceFen()) + " 元/立方米（阶梯气价）";
            case SEASONAL -> yuan(v.seasons().stream().mapToLong(Season::priceFen).min().orElse(0)) + "–"
                    + yuan(v.seasons().stream().mapToLong(Season::priceFen).max().orElse(0)) + " 元/立方米（分季节）";
        };
    }

    private static String yuan(long fen) {
        return String.format(Locale.ROOT, "%s%d.%02d", fen < 0 ? "-" : "", Math.abs(fen) / 100, Math.abs(fen) % 100);
    }
}
