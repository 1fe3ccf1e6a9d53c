package com.gasline.accounts.internal.rules;

import java.util.regex.Pattern;

import com.gasline.accounts.api.rest.NewCustomer;
import com.gasline.accounts.api.rest.NewPremises;
import com.gasline.platform.api.problem.Validation;

/** What a customer and premises registration must hold; the same rules for the API and the CSV import. */
public final class Registration {

    private static final Pattern ID_NUMBER = Pattern.compile("[0-9A-Za-z-]{6,40}");

    private Registration() {
    }

    public static void check(NewCustomer c) {
        Validation v = new Validation().check(c != null, "body", "缺少请求体", "body is required");
        v.throwIfInvalid();
        v.required("kind", c.kind())
                .required("name", c.name()).maxLength("name", c.name(), 100)
                .required("category", c.category())
                .maxLength("idType", c.idType(), 20)
                .check(c.idNumber() == null || ID_NUMBER.matcher(c.idNumber()).matches(), "idNumber",
                        "证件号码格式不正确（6–40 位字母数字）", "must be 6–40 letters or digits")
                .check(c.idNumber() == null || c.idType() != null, "idType", "填写证件号码时必须填写证件类型",
                        "is required with an ID number")
                .check(c.householdSize() == null || (c.householdSize() >= 1 && c.householdSize() <= 99), "householdSize",
                        "人口数须在 1 到 99 之间", "must be between 1 and 99")
                .check(c.phones() == null || c.phones().size() <= 5, "phones", "最多 5 个电话", "at most 5 phones");
        if (c.phones() != null) {
            for (int i = 0; i < c.phones().size(); i++) {
                String p = c.phones().get(i);
                v.check(p != null && Phones.VALID.matcher(p.trim()).matches(), "phones[" + i + "]",
                        "电话号码格式不正确", "is not a phone number");
            }
        }
        v.throwIfInvalid();
    }

    public static void check(NewPremises p) {
        Validation.requireBody(p);
        new Validation()
                .required("district", p.district()).maxLength("district", p.district(), 50)
                .check(p.district() == null || !p.district().contains("/"), "district", "不能包含 /", "must not contain /")
                .maxLength("community", p.community(), 50)
                .maxLength("building", p.building(), 20)
                .maxLength("unit", p.unit(), 20)
                .maxLength("room", p.room(), 20)
                .check(!containsSlash(p), "area", "区域各级名称不能包含 /", "area parts must not contain /")
                .required("address", p.address()).maxLength("address", p.address(), 300)
                .throwIfInvalid();
    }

    /** {@code 东城区/幸福小区/3栋/2单元/502}, stopping at the first missing level. */
    public static String areaPath(NewPremises p) {
        StringBuilder path = new StringBuilder(p.district().trim());
        for (String part : new String[] { p.community(), p.building(), p.unit(), p.room() }) {
            if (part == null || part.isBlank()) {
                break;
            }
            path.append('/').append(part.trim());
        }
        return path.toString();
    }

    private static boolean containsSlash(NewPremises p) {
        for (String part : new String[] { p.community(), p.building(), p.unit(), p.room() }) {
            if (part != null && part.contains("/")) {
                return true;
            }
        }
        return false;
    }
}
