package com.gasline.client;

import com.gasline.accounts.api.rest.Account;
import com.gasline.accounts.api.rest.CloseRequest;
import com.gasline.accounts.api.rest.ContractRequest;
import com.gasline.accounts.api.rest.Customer;
import com.gasline.accounts.api.rest.HistoryEntry;
import com.gasline.accounts.api.rest.NewAccount;
import com.gasline.accounts.api.rest.NewCustomer;
import com.gasline.accounts.api.rest.NewPremises;
import com.gasline.accounts.api.rest.Premises;
import com.gasline.accounts.api.rest.RenameRequest;
import com.gasline.accounts.api.rest.StateChange;
import com.gasline.accounts.api.rest.TransferRequest;

/** 用户档案 of one branch: customers, premises and accounts through their life cycle (报装 → 开户 → 点火通气 … 销户). */
public final class AccountsClient {

    /** Account search; every field is optional and they combine with AND ({@code area} matches a prefix of the area path). */
    public record Filter(String accountNo, String name, String phone, String address, String area, String state) {

        public static Filter none() {
            return new Filter(null, null, null, null, null, null);
        }

        public static Filter byName(String name) {
            return new Filter(null, name, null, null, null, null);
        }

        public static Filter byArea(String area) {
            return new Filter(null, null, null, null, area, null);
        }
    }

    private final Transport http;
    private final String base;

    AccountsClient(Transport http, String base) {
        this.http = http;
        this.base = base;
    }

    public Customer createCustomer(NewCustomer customer) {
        return http.send("POST", base + "/customers", customer, Customer.class);
    }

    public Customer customer(String id) {
        return http.get(base + "/customers/" + Query.segment(id), Customer.class);
    }

    /** Customers whose name, phone or ID number matches {@code q}. */
    public Page<Customer> customers(String q, int page, int size) {
        return http.page(base + "/customers", Query.of("q", q).paged(page, size), Customer.class);
    }

    public Premises createPremises(NewPremises premises) {
        return http.send("POST", base + "/premises", premises, Premises.class);
    }

    public Premises premises(String id) {
        return http.get(base + "/premises/" + Query.segment(id), Premises.class);
    }

    public Page<Premises> premisesIn(String area, int page, int size) {
        return http.page(base + "/premises", Query.of("area", area).paged(page, size), Premises.class);
    }

    /** 报装: the account gets its number from the branch's numbering rule and starts APPLIED. */
    public Account openAccount(NewAccount account) {
        return http.send("POST", base + "/accounts", account, Account.class);
    }

    public Account account(String accountNo) {
        return http.get(accountPath(accountNo), Account.class);
    }

    public Page<Account> accounts(Filter filter, int page, int size) {
        Query q = Query.of("accountNo", filter.accountNo(), "name", filter.name(), "phone", filter.phone(), "address",
                filter.address(), "area", filter.area(), "state", filter.state());
        return http.page(base + "/accounts", q.paged(page, size), Account.class);
    }

    /** 开户: the supply contract and the fees taken. */
    public Account contract(String accountNo, ContractRequest contract) {
        return act(accountNo, "contract", contract);
    }

    public Account install(String accountNo, StateChange change) {
        return act(accountNo, "install", change);
    }

    /** 点火通气, or resumption after a suspension. */
    public Account activate(String accountNo, StateChange change) {
        return act(accountNo, "activate", change);
    }

    public Account suspend(String accountNo, StateChange change) {
        return act(accountNo, "suspend", change);
    }

    /** 销户. */
    public Account close(String accountNo, CloseRequest request) {
        return act(accountNo, "close", request);
    }

    /** 过户. */
    public Account transfer(String accountNo, TransferRequest request) {
        return act(accountNo, "transfer", request);
    }

    /** 更名. */
    public Account rename(String accountNo, RenameRequest request) {
        return act(accountNo, "rename", request);
    }

    /** Every change of the account, oldest first, with who and when. */
    public Page<HistoryEntry> history(String accountNo, int page, int size) {
        return http.page(accountPath(accountNo) + "/history", Query.page(page, size), HistoryEntry.class);
    }

    private Account act(String accountNo, String action, Object body) {
        return http.send("POST", accountPath(accountNo) + "/" + action, body, Account.class);
    }

    private String accountPath(String accountNo) {
        return base + "/accounts/" + Query.segment(accountNo);
    }
}
