package com.gasline.accounts.internal.rest;

import java.math.BigDecimal;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import javax.ws.rs.core.Response;

import com.gasline.accounts.api.AccountState;
import com.gasline.accounts.api.rest.Account;
import com.gasline.accounts.api.rest.AccountDocument;
import com.gasline.accounts.api.rest.AccountsApi;
import com.gasline.accounts.api.rest.CloseRequest;
import com.gasline.accounts.api.rest.ContractRequest;
import com.gasline.accounts.api.rest.Customer;
import com.gasline.accounts.api.rest.HistoryEntry;
import com.gasline.accounts.api.rest.ImportJob;
import com.gasline.accounts.api.rest.NewAccount;
import com.gasline.accounts.api.rest.NewAccountDocument;
import com.gasline.accounts.api.rest.NewCustomer;
import com.gasline.accounts.api.rest.NewPremises;
import com.gasline.accounts.api.rest.NumberingRule;
import com.gasline.accounts.api.rest.Premises;
import com.gasline.accounts.api.rest.RenameRequest;
import com.gasline.accounts.api.rest.StateChange;
import com.gasline.accounts.api.rest.TransferRequest;
import com.gasline.accounts.internal.service.Accounts;
import com.gasline.accounts.internal.service.Documents;
import com.gasline.accounts.internal.service.Registrations;
import com.gasline.accounts.internal.service.ArchiveImports;
import com.gasline.accounts.internal.service.Numbering;
import com.gasline.accounts.internal.rules.Masking;
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

    private final Registrations registrations;
    private final Accounts accounts;
    private final ArchiveImports imports;
    private final Numbering numbering;
    private final RequestContext requests;
    private final AuditLog audit;
    private final Documents documents;

    public AccountsResource(Registrations registrations, Accounts accounts, ArchiveImports imports, Numbering numbering,
            RequestContext requests, AuditLog audit, Documents documents) {
        this.registrations = registrations;
        this.accounts = accounts;
        this.imports = imports;
        this.numbering = numbering;
        this.requests = requests;
        this.audit = audit;
        this.documents = documents;
    }

    @Override
    public Response createCustomer(NewCustomer customer) {
        Customer c = registrations.createCustomer(requests.tenant(), customer, full());
        return Response.created(requests.location("customers", c.id())).entity(c).build();
    }

    @Override
    public Page<Customer> customers(String q, Integer page, Integer size) {
        return registrations.customers(requests.tenant(), blankToNull(q), PageRequest.of(page, size));
    }

    @Override
    public Customer customer(String id) {
        boolean full = full();
        Customer c = registrations.customer(requests.tenant(), id, full);
        if (full) {
            audit.record("customer.read-full", "customers/" + id);
        }
        return c;
    }

    @Override
    public Response createPremises(NewPremises premises) {
        Premises p = registrations.createPremises(requests.tenant(), premises);
        return Response.created(requests.location("premises", p.id())).entity(p).build();
    }

    @Override
    public Page<Premises> premises(String area, Integer page, Integer size) {
        return registrations.premises(requests.tenant(), blankToNull(area), PageRequest.of(page, size));
    }

    @Override
    public Premises premisesById(String id) {
        return registrations.premisesById(requests.tenant(), id);
    }

    @Override
    public Response createAccount(NewAccount account) {
        Account a = accounts.open(requests.tenant(), actor(), account, full());
        return Response.created(requests.location("accounts", a.accountNo())).entity(a).build();
    }

    @Override
    public Page<Account> accounts(String accountNo, String name, String phone, String address, String area, String state,
            Integer page, Integer size) {
        PageRequest p = PageRequest.of(page, size);
        String digits = blankToNull(phone);
        AccountState wanted = state(blankToNull(state));
        new Validation().check(digits == null || DIGITS.matcher(digits).matches(), "phone", "只能填写数字（手机尾号）",
                "digits only (last digits of the phone)").throwIfInvalid();
        Accounts.Query q = new Accounts.Query(blankToNull(accountNo), blankToNull(name), digits, blankToNull(address), blankToNull(area),
                wanted);
        return accounts.search(requests.tenant(), q, p, full());
    }

    @Override
    public Account account(String accountNo) {
        return accounts.get(requests.tenant(), accountNo, full());
    }

    @Override
    public Account contract(String accountNo, ContractRequest r) {
        Validation.requireBody(r);
        new Validation().required("contractNo", r.contractNo()).maxLength("contractNo", r.contractNo(), 40)
                .check(fen(r.openingFeeFen()), "openingFeeFen", "金额（分）不能为负数", "must be zero or more fen")
                .check(fen(r.prepaymentFen()), "prepaymentFen", "金额（分）不能为负数", "must be zero or more fen")
                .check(fen(r.settlementFen()), "settlementFen", "金额（分）不能为负数", "must be zero or more fen")
                .throwIfInvalid();
        return accounts.contract(requests.tenant(), actor(), accountNo, r, full());
    }

    @Override
    public Account install(String accountNo, StateChange r) {
        StateChange change = r == null ? new StateChange(null, null) : r;
        reason(change.reason(), false);
        return accounts.install(requests.tenant(), actor(), accountNo, change.version(), change.reason(), full());
    }

    @Override
    public Account activate(String accountNo, StateChange r) {
        StateChange change = r == null ? new StateChange(null, null) : r;
        reason(change.reason(), false);
        return accounts.activate(requests.tenant(), actor(), accountNo, change.version(), change.reason(), full());
    }

    @Override
    public Account suspend(String accountNo, StateChange r) {
        Validation.requireBody(r);
        reason(r.reason(), true);
        return accounts.suspend(requests.tenant(), actor(), accountNo, r.version(), r.reason(), full());
    }

    @Override
    public Account close(String accountNo, CloseRequest r) {
        Validation.requireBody(r);
        reason(r.reason(), true);
        new Validation().check(r.finalReading() == null || volume(r.finalReading()), "finalReading",
                "读数须为非负数，最多 3 位小数", "must be a non-negative number with up to 3 decimals").throwIfInvalid();
        return accounts.close(requests.tenant(), actor(), accountNo, r.finalReading(), Boolean.TRUE.equals(r.keepCredit()), r.version(),
                r.reason(), full());
    }

    @Override
    public Account transfer(String accountNo, TransferRequest r) {
        Validation.requireBody(r);
        new Validation().required("newCustomerId", r.newCustomerId()).throwIfInvalid();
        reason(r.reason(), false);
        return accounts.transfer(requests.tenant(), actor(), accountNo, r.newCustomerId(), r.version(), r.reason(), full());
    }

    @Override
    public Account rename(String accountNo, RenameRequest r) {
        Validation.requireBody(r);
        new Validation().required("newName", r.newName()).maxLength("newName", r.newName(), 100).throwIfInvalid();
        reason(r.reason(), false);
        return accounts.rename(requests.tenant(), actor(), accountNo, r.newName(), r.version(), r.reason(), full());
    }

    @Override
    public Page<HistoryEntry> history(String accountNo, Integer page, Integer size) {
        return accounts.history(requests.tenant(), accountNo, PageRequest.of(page, size));
    }

    @Override
    public Response attach(String accountNo, NewAccountDocument document) {
        AccountDocument kept = documents.attach(requests.tenant(), requests.requireCaller().username(), accountNo, document);
        return Response.created(requests.location("accounts", accountNo, "attachments", String.valueOf(kept.seq()))).entity(kept).build();
    }

    @Override
    public Page<AccountDocument> documents(String accountNo, String kind, Integer page, Integer size) {
        return documents.list(requests.tenant(), accountNo, blankToNull(kind), PageRequest.of(page, size));
    }

    @Override
    public AccountDocument document(String accountNo, int seq) {
        return documents.one(requests.tenant(), accountNo, seq);
    }

    /** m³ as metering reads it: not negative, at most 9 integer digits and 3 decimals. */
    private static boolean volume(BigDecimal v) {
        BigDecimal plain = v.stripTrailingZeros();
        return v.signum() >= 0 && Math.max(plain.scale(), 0) <= 3 && plain.precision() - plain.scale() <= 9;
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
        return Response.accepted(job).location(requests.location("imports", job.id())).build();
    }

    @Override
    public ImportJob importJob(String id) {
        return imports.job(requests.tenant(), id);
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
