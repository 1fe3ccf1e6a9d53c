package com.gasline.accounts.internal.rest;

import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import javax.ws.rs.core.Response;

import com.gasline.accounts.api.AccountState;
import com.gasline.accounts.api.rest.Account;
import com.gasline.accounts.api.rest.AccountsApi;
import com.gasline.accounts.api.rest.CloseRequest;
import com.gasline.accounts.api.rest.ContractRequest;
import com.gasline.accounts.api.rest.Customer;
import com.gasline.accounts.api.rest.HistoryEntry;
import com.gasline.accounts.api.rest.ImportJob;
import com.gasline.accounts.api.rest.NewAccount;
import com.gasline.accounts.api.rest.NewCustomer;
import com.gasline.accounts.api.rest.NewPremises;
import com.gasline.accounts.api.rest.NumberingRule;
import com.gasline.accounts.api.rest.Premises;
import com.gasline.accounts.api.rest.RenameRequest;
import com.gasline.accounts.api.rest.StateChange;
import com.gasline.accounts.api.rest.TransferRequest;
import com.gasline.accounts.internal.service.Archive;
import com.gasline.accounts.internal.service.Search;
import com.gasline.accounts.internal.service.ArchiveImports;
import com.gasline.accounts.internal.service.Numbering;
import com.gasline.accounts.internal.rules.Lifecycle;
import com.gasline.accounts.internal.rules.Masking;
import com.gasline.accounts.internal.store.AccountEntity;
import com.gasline.accounts.internal.store.AccountHistoryEntity;
import com.gasline.accounts.internal.store.CustomerEntity;
import com.gasline.accounts.internal.store.PremisesEntity;
import com.gasline.platform.api.Caller;
import com.gasline.platform.api.Page;
import com.gasline.platform.api.PageRequest;
import com.gasline.platform.api.RequestContext;
import com.gasline.platform.api.audit.AuditLog;
import com.gasline.platform.api.problem.FieldError;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;
import com.gasline.platform.api.problem.Validation;

/** The HTTP face of the archive: validation, masking by role, audit of full reads. */
public class AccountsResource implements AccountsApi {

    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,20}");

    private final Archive archive;
    private final ArchiveImports imports;
    private final Numbering numbering;
    private final RequestContext requests;
    private final AuditLog audit;

    public AccountsResource(Archive archive, ArchiveImports imports, Numbering numbering, RequestContext requests, AuditLog audit) {
        this.archive = archive;
        this.imports = imports;
        this.numbering = numbering;
        this.requests = requests;
        this.audit = audit;
    }

    @Override
    public Response createCustomer(NewCustomer customer) {
        CustomerEntity c = archive.createCustomer(requests.tenant(), customer);
        return Response.created(URI.create("customers/" + c.id)).entity(Views.customer(c, full())).build();
    }

    @Override
    public Page<Customer> customers(String q, Integer page, Integer size) {
        PageRequest p = PageRequest.of(page, size);
        String text = blankToNull(q);
        Search<CustomerEntity> search = new Search<>(CustomerEntity.class, "name");
        if (text != null && DIGITS.matcher(text).matches()) {
            String tail = text.length() <= 4 ? text : text.substring(text.length() - 4);
            search.anyOf(List.of(new Search<>(CustomerEntity.class, "name").equal("phoneTail", tail.length() == 4 ? tail : null)
                    .contains("phones", text), new Search<>(CustomerEntity.class, "name").startsWith("name", text)));
        } else {
            search.startsWith("name", text);
        }
        Page<CustomerEntity> found = archive.read(requests.tenant(), em -> search.page(em, p));
        // lists are always masked: a full record is one audited read away
        return new Page<>(found.items().stream().map(c -> Views.customer(c, false)).toList(), found.page(), found.size(), found.total());
    }

    @Override
    public Customer customer(String id) {
        CustomerEntity c = archive.read(requests.tenant(), em -> em.find(CustomerEntity.class, id));
        if (c == null) {
            throw Problems.notFound(Text.of("没有这个客户", "No such customer"));
        }
        boolean full = full();
        if (full) {
            audit.record("customer.read-full", "customers/" + id);
        }
        return Views.customer(c, full);
    }

    @Override
    public Response createPremises(NewPremises premises) {
        PremisesEntity p = archive.createPremises(requests.tenant(), premises);
        return Response.created(URI.create("premises/" + p.id)).entity(Views.premises(p)).build();
    }

    @Override
    public Page<Premises> premises(String area, Integer page, Integer size) {
        PageRequest p = PageRequest.of(page, size);
        Search<PremisesEntity> search = new Search<>(PremisesEntity.class, "area").within("area", blankToNull(area));
        Page<PremisesEntity> found = archive.read(requests.tenant(), em -> search.page(em, p));
        return new Page<>(found.items().stream().map(Views::premises).toList(), found.page(), found.size(), found.total());
    }

    @Override
    public Premises premisesById(String id) {
        PremisesEntity p = archive.read(requests.tenant(), em -> em.find(PremisesEntity.class, id));
        if (p == null) {
            throw Problems.notFound(Text.of("没有这个用气地址", "No such premises"));
        }
        return Views.premises(p);
    }

    @Override
    public Response createAccount(NewAccount account) {
        AccountEntity a = archive.createAccount(requests.tenant(), actor(), account);
        return Response.created(URI.create("accounts/" + a.accountNo)).entity(Views.account(a, full())).build();
    }

    @Override
    public Page<Account> accounts(String accountNo, String name, String phone, String address, String area, String state,
            Integer page, Integer size) {
        PageRequest p = PageRequest.of(page, size);
        String digits = blankToNull(phone);
        AccountState wanted = state(blankToNull(state));
        new Validation().check(digits == null || DIGITS.matcher(digits).matches(), "phone", "只能填写数字（手机尾号）",
                "digits only (last digits of the phone)").throwIfInvalid();
        Search<AccountEntity> search = new Search<>(AccountEntity.class, "accountNo")
                .equal("accountNo", blankToNull(accountNo))
                .startsWith("holderName", blankToNull(name))
                .contains("address", blankToNull(address))
                .within("area", blankToNull(area))
                .equal("state", wanted == null ? null : wanted.name());
        if (digits != null) {
            search.equal("phoneTail", digits.length() >= 4 ? digits.substring(digits.length() - 4) : null);
            if (digits.length() != 4) {
                search.contains("phones", digits);
            }
        }
        boolean full = full();
        Page<AccountEntity> found = archive.read(requests.tenant(), em -> search.page(em, p));
        return new Page<>(found.items().stream().map(a -> Views.account(a, full)).toList(), found.page(), found.size(), found.total());
    }

    @Override
    public Account account(String accountNo) {
        AccountEntity a = archive.read(requests.tenant(), em -> Archive.find(em, accountNo));
        return Views.account(a, full());
    }

    @Override
    public Account contract(String accountNo, ContractRequest r) {
        Validation.requireBody(r);
        new Validation().required("contractNo", r.contractNo()).maxLength("contractNo", r.contractNo(), 40)
                .check(fen(r.openingFeeFen()), "openingFeeFen", "金额（分）不能为负数", "must be zero or more fen")
                .check(fen(r.prepaymentFen()), "prepaymentFen", "金额（分）不能为负数", "must be zero or more fen")
                .check(fen(r.settlementFen()), "settlementFen", "金额（分）不能为负数", "must be zero or more fen")
                .throwIfInvalid();
        LocalDate signed = r.signedOn() != null ? r.signedOn() : archive.now(requests.tenant()).toLocalDate();
        return done(archive.move(requests.tenant(), actor(), accountNo, Lifecycle.CONTRACT, r.version(), null, c -> {
            c.set("contractNo", c.account().contractNo, r.contractNo().trim(), v -> c.account().contractNo = v);
            c.set("contractSignedOn", c.account().contractSignedOn, signed, v -> c.account().contractSignedOn = v);
            c.set("openingFeeFen", c.account().openingFeeFen, orZero(r.openingFeeFen()), v -> c.account().openingFeeFen = v);
            c.set("prepaymentFen", c.account().prepaymentFen, orZero(r.prepaymentFen()), v -> c.account().prepaymentFen = v);
            c.set("settlementFen", c.account().settlementFen, orZero(r.settlementFen()), v -> c.account().settlementFen = v);
        }));
    }

    @Override
    public Account install(String accountNo, StateChange r) {
        StateChange change = r == null ? new StateChange(null, null) : r;
        reason(change.reason(), false);
        return done(archive.move(requests.tenant(), actor(), accountNo, Lifecycle.INSTALL, change.version(), change.reason(),
                c -> c.set("installedAt", c.account().installedAt, c.now(), v -> c.account().installedAt = v)));
    }

    @Override
    public Account activate(String accountNo, StateChange r) {
        StateChange change = r == null ? new StateChange(null, null) : r;
        reason(change.reason(), false);
        return done(archive.move(requests.tenant(), actor(), accountNo, Lifecycle.ACTIVATE, change.version(), change.reason(), c -> {
            if (c.account().activatedAt == null) {
                c.set("activatedAt", null, c.now(), v -> c.account().activatedAt = v);
            }
        }));
    }

    @Override
    public Account suspend(String accountNo, StateChange r) {
        Validation.requireBody(r);
        reason(r.reason(), true);
        return done(archive.move(requests.tenant(), actor(), accountNo, Lifecycle.SUSPEND, r.version(), r.reason(), c -> {
        }));
    }

    @Override
    public Account close(String accountNo, CloseRequest r) {
        Validation.requireBody(r);
        reason(r.reason(), true);
        new Validation().check(r.finalReading() == null || r.finalReading().matches("[0-9]{1,9}(\\.[0-9]{1,3})?"), "finalReading",
                "读数须为非负数，最多 3 位小数", "must be a non-negative number with up to 3 decimals").throwIfInvalid();
        return done(archive.close(requests.tenant(), actor(), accountNo, r.finalReading(), r.version(), r.reason()));
    }

    @Override
    public Account transfer(String accountNo, TransferRequest r) {
        Validation.requireBody(r);
        new Validation().required("newCustomerId", r.newCustomerId()).throwIfInvalid();
        reason(r.reason(), false);
        return done(archive.move(requests.tenant(), actor(), accountNo, Lifecycle.TRANSFER, r.version(), r.reason(), c -> {
            CustomerEntity next = c.em().find(CustomerEntity.class, r.newCustomerId());
            if (next == null) {
                throw Problems.ruleViolated(Text.of("新户主不存在", "The new customer does not exist"),
                        List.of(new FieldError("newCustomerId", Text.of("没有这个客户", "no such customer"))));
            }
            if (next.id.equals(c.account().customerId)) {
                throw Problems.ruleViolated(Text.of("新户主与原户主相同", "The new customer is the current one"));
            }
            c.set("customerId", c.account().customerId, next.id, v -> c.account().customerId = v);
            c.set("holderName", c.account().holderName, next.name, v -> c.account().holderName = v);
            c.set("phones", c.account().phones, next.phones, v -> c.account().phones = v);
            c.set("householdSize", c.account().householdSize, next.householdSize, v -> c.account().householdSize = v);
            c.account().phoneTail = next.phoneTail;
        }));
    }

    @Override
    public Account rename(String accountNo, RenameRequest r) {
        Validation.requireBody(r);
        new Validation().required("newName", r.newName()).maxLength("newName", r.newName(), 100).throwIfInvalid();
        reason(r.reason(), false);
        return done(archive.move(requests.tenant(), actor(), accountNo, Lifecycle.RENAME, r.version(), r.reason(),
                c -> c.set("holderName", c.account().holderName, r.newName().trim(), v -> c.account().holderName = v)));
    }

    @Override
    public List<HistoryEntry> history(String accountNo) {
        return archive.read(requests.tenant(), em -> {
            Archive.find(em, accountNo);
            return em.createQuery("select h from AccountHistoryEntity h where h.accountNo = :no order by h.seq", AccountHistoryEntity.class)
                    .setParameter("no", accountNo).getResultList().stream().map(Views::history).toList();
        });
    }

    @Override
    public NumberingRule numbering() {
        return numbering.rule(requests.tenant());
    }

    @Override
    public NumberingRule changeNumbering(NumberingRule rule) {
        Validation.requireBody(rule);
        return numbering.change(requests.tenant(), rule.pattern(), rule.version());
    }

    @Override
    public Response importCsv(InputStream csv) {
        ImportJob job = imports.start(requests.tenant(), actor(), csv);
        return Response.accepted(job).location(URI.create("imports/" + job.id())).build();
    }

    @Override
    public ImportJob importJob(String id) {
        return imports.job(requests.tenant(), id);
    }

    private Account done(AccountEntity a) {
        return Views.account(a, full());
    }

    private boolean full() {
        Caller caller = requests.requireCaller();
        return Masking.maySeeFull(caller);
    }

    private String actor() {
        return requests.requireCaller().username();
    }


    private static void reason(String reason, boolean required) {
        Validation v = new Validation();
        if (required) {
            v.required("reason", reason);
        }
        v.maxLength("reason", reason, 300).throwIfInvalid();
    }

    private static boolean fen(Long value) {
        return value == null || value >= 0;
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }

    private static AccountState state(String state) {
        if (state == null) {
            return null;
        }
        try {
            return AccountState.valueOf(state.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problems.validation(List.of(new FieldError("state",
                    Text.of("未知的状态", "unknown state; one of APPLIED, CONTRACTED, INSTALLED, ACTIVE, SUSPENDED, CLOSED"))));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
