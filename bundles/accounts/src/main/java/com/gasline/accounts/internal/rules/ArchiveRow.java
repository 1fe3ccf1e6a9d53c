package com.gasline.accounts.internal.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.gasline.accounts.api.AccountState;
import com.gasline.accounts.api.CustomerCategory;
import com.gasline.accounts.api.rest.CustomerKind;
import com.gasline.accounts.api.rest.NewCustomer;
import com.gasline.accounts.api.rest.NewPremises;
import com.gasline.platform.api.problem.FieldError;
import com.gasline.platform.api.problem.ProblemException;
import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;

/**
 * One row of an existing customer archive (CSV): a customer, their premises and the account, with
 * the account's existing number and state when the archive has them. Headers may be Chinese, as
 * branch spreadsheets have them, or the API's field names.
 */
public record ArchiveRow(String accountNo, NewCustomer customer, NewPremises premises, AccountState state) {

    /** Header (Chinese or English) → field. */
    public static final Map<String, String> HEADERS = headers();

    private static final Map<String, AccountState> STATES = Map.of("已申请", AccountState.APPLIED, "已签约",
            AccountState.CONTRACTED, "已安装", AccountState.INSTALLED, "已通气", AccountState.ACTIVE, "正常",
            AccountState.ACTIVE, "停气", AccountState.SUSPENDED);

    /** Builds the row from field → raw text; 400 with every bad field named when it is not importable. */
    public static ArchiveRow parse(Map<String, String> fields) {
        List<FieldError> errors = new ArrayList<>();
        CustomerKind kind = kind(blankToNull(fields.get("kind")), errors);
        CustomerCategory category = category(blankToNull(fields.get("category")), errors);
        Integer household = household(blankToNull(fields.get("householdSize")), errors);
        AccountState state = state(blankToNull(fields.get("state")), errors);
        if (!errors.isEmpty()) {
            throw Problems.validation(errors);
        }
        String phones = blankToNull(fields.get("phones"));
        NewCustomer customer = new NewCustomer(kind, blankToNull(fields.get("name")), blankToNull(fields.get("idType")),
                blankToNull(fields.get("idNumber")),
                phones == null ? List.of() : Arrays.stream(phones.split("[;；/、,，]")).map(String::trim).filter(s -> !s.isEmpty()).toList(),
                category, household);
        NewPremises premises = new NewPremises(blankToNull(fields.get("district")), blankToNull(fields.get("community")),
                blankToNull(fields.get("building")), blankToNull(fields.get("unit")), blankToNull(fields.get("room")),
                blankToNull(fields.get("address")));
        collect(() -> Registration.check(customer), errors);
        collect(() -> Registration.check(premises), errors);
        if (!errors.isEmpty()) {
            throw Problems.validation(errors);
        }
        return new ArchiveRow(blankToNull(fields.get("accountNo")), customer, premises, state);
    }

    /** A row answers with all its faults at once, customer and premises alike. */
    private static void collect(Runnable check, List<FieldError> errors) {
        try {
            check.run();
        } catch (ProblemException e) {
            errors.addAll(e.errors());
        }
    }

    private static CustomerKind kind(String value, List<FieldError> errors) {
        if (value == null || value.equals("个人") || value.equalsIgnoreCase("PERSON")) {
            return CustomerKind.PERSON;
        }
        if (value.equals("单位") || value.equals("企业") || value.equalsIgnoreCase("ORGANISATION")) {
            return CustomerKind.ORGANISATION;
        }
        errors.add(new FieldError("kind", Text.of("客户类型只能是 个人 或 单位", "must be PERSON or ORGANISATION")));
        return null;
    }

    private static CustomerCategory category(String value, List<FieldError> errors) {
        if (value == null) {
            errors.add(new FieldError("category", Text.of("必填", "is required")));
            return null;
        }
        for (CustomerCategory c : CustomerCategory.values()) {
            if (c.zh().equals(value) || c.name().equalsIgnoreCase(value) || (c == CustomerCategory.COMMERCIAL && (value.equals("公服") || value.equals("商业")))) {
                return c;
            }
        }
        errors.add(new FieldError("category", Text.of("未知的用户类别：" + value, "unknown customer category: " + value)));
        return null;
    }

    private static Integer household(String value, List<FieldError> errors) {
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            errors.add(new FieldError("householdSize", Text.of("人口数必须是整数", "must be a whole number")));
            return null;
        }
    }

    private static AccountState state(String value, List<FieldError> errors) {
        if (value == null) {
            return AccountState.ACTIVE;
        }
        AccountState zh = STATES.get(value);
        if (zh != null) {
            return zh;
        }
        try {
            AccountState s = AccountState.valueOf(value.toUpperCase(Locale.ROOT));
            if (s != AccountState.CLOSED) {
                return s;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        errors.add(new FieldError("state", Text.of("状态只能是 已申请/已签约/已安装/已通气/停气", "must be APPLIED, CONTRACTED, INSTALLED, ACTIVE or SUSPENDED")));
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static Map<String, String> headers() {
        Map<String, String> h = new HashMap<>();
        String[][] aliases = {
                { "accountNo", "户号" }, { "name", "户名", "用户名称", "姓名" }, { "kind", "客户类型" },
                { "idType", "证件类型" }, { "idNumber", "证件号", "证件号码", "身份证号" }, { "phones", "电话", "联系电话", "手机" },
                { "category", "类别", "用户类别" }, { "householdSize", "人口数", "人口" }, { "district", "区", "区县", "行政区" },
                { "community", "小区" }, { "building", "楼栋", "楼号" }, { "unit", "单元" }, { "room", "房号", "门牌" },
                { "address", "地址", "详细地址", "用气地址" }, { "state", "状态" } };
        for (String[] names : aliases) {
            for (String n : names) {
                h.put(n, names[0]);
            }
        }
        return Map.copyOf(h);
    }
}
