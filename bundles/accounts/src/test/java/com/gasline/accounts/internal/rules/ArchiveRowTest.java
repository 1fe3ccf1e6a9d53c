package com.gasline.accounts.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.gasline.accounts.api.AccountState;
import com.gasline.accounts.api.CustomerCategory;
import com.gasline.accounts.api.rest.CustomerKind;
import com.gasline.platform.api.problem.FieldError;
import com.gasline.platform.api.problem.ProblemException;

class ArchiveRowTest {

    private static Map<String, String> row(String... pairs) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(ArchiveRow.HEADERS.get(pairs[i]), pairs[i + 1]);
        }
        return m;
    }

    @Test
    void chineseHeadersAndValues() {
        ArchiveRow r = ArchiveRow.parse(row("户名", "王建国", "类别", "居民", "电话", "13800001111；0571-88886666", "人口数", "5",
                "区", "东城区", "小区", "幸福小区", "楼栋", "3栋", "单元", "2单元", "房号", "502", "地址", "幸福路 8 号 3-2-502", "状态", "停气"));
        assertEquals(CustomerKind.PERSON, r.customer().kind());
        assertEquals(CustomerCategory.RESIDENTIAL, r.customer().category());
        assertEquals(List.of("13800001111", "0571-88886666"), r.customer().phones());
        assertEquals(5, r.customer().householdSize());
        assertEquals("东城区/幸福小区/3栋/2单元/502", Registration.areaPath(r.premises()));
        assertEquals(AccountState.SUSPENDED, r.state());
    }

    @Test
    void organisationInAnLngClass() {
        ArchiveRow r = ArchiveRow.parse(row("户名", "宏达物流", "客户类型", "单位", "类别", "LNG车船", "区", "西区", "地址", "港区路 1 号"));
        assertEquals(CustomerKind.ORGANISATION, r.customer().kind());
        assertEquals(CustomerCategory.LNG_VEHICLE_VESSEL, r.customer().category());
        assertEquals(AccountState.ACTIVE, r.state());
    }

    @Test
    void everyBadFieldOfARowIsNamed() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> ArchiveRow.parse(row("户名", "李四", "类别", "火星", "人口数", "三", "区", "东城区", "地址", "x")));
        assertEquals(List.of("category", "householdSize"), e.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void missingNameAndAddressAreRefused() {
        ProblemException e = assertThrows(ProblemException.class, () -> ArchiveRow.parse(row("类别", "工业", "区", "东城区")));
        assertEquals(List.of("name", "address"), e.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void organisationsMayBeWrittenAsEnterprisesOrInEnglish() {
        for (String kind : List.of("单位", "企业", "organisation", "ORGANISATION")) {
            assertEquals(CustomerKind.ORGANISATION, ArchiveRow.parse(row("户名", "宏达物流", "客户类型", kind, "类别", "工业", "区", "西区", "地址", "港区路 1 号"))
                    .customer().kind(), kind);
        }
        assertEquals(CustomerKind.PERSON, ArchiveRow.parse(row("户名", "王建国", "客户类型", "person", "类别", "居民", "区", "西区", "地址", "x"))
                .customer().kind());
        ProblemException e = assertThrows(ProblemException.class,
                () -> ArchiveRow.parse(row("户名", "王建国", "客户类型", "家庭", "类别", "居民", "区", "西区", "地址", "x")));
        assertEquals(List.of("kind"), e.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void commercialCustomersGoByEitherOfTheirNames() {
        for (String category : List.of("公服", "商业", "公服(商业)", "commercial")) {
            assertEquals(CustomerCategory.COMMERCIAL, ArchiveRow.parse(row("户名", "饭店", "类别", category, "区", "西区", "地址", "x")).customer()
                    .category(), category);
        }
        assertEquals(CustomerCategory.INDUSTRIAL, ArchiveRow.parse(row("户名", "工厂", "类别", "工业", "区", "西区", "地址", "x")).customer().category());
    }

    @Test
    void emptyPhoneEntriesAndAnUnknownHouseholdAreLeftOut() {
        ArchiveRow r = ArchiveRow.parse(row("户名", "王建国", "类别", "居民", "电话", "13800001111;; ,13900002222", "区", "西区", "地址", "x"));
        assertEquals(List.of("13800001111", "13900002222"), r.customer().phones());
        assertNull(r.customer().householdSize());
        assertEquals(List.of(), ArchiveRow.parse(row("户名", "王建国", "类别", "居民", "区", "西区", "地址", "x")).customer().phones());
    }

    @Test
    void statesMayBeChineseOrEnglishButAClosedAccountIsNotImported() {
        assertEquals(AccountState.ACTIVE, ArchiveRow.parse(row("户名", "王建国", "类别", "居民", "区", "西区", "地址", "x", "状态", "正常")).state());
        assertEquals(AccountState.CONTRACTED,
                ArchiveRow.parse(row("户名", "王建国", "类别", "居民", "区", "西区", "地址", "x", "状态", "contracted")).state());
        for (String state : List.of("CLOSED", "已销户", "gone")) {
            ProblemException e = assertThrows(ProblemException.class,
                    () -> ArchiveRow.parse(row("户名", "王建国", "类别", "居民", "区", "西区", "地址", "x", "状态", state)), state);
            assertEquals(List.of("state"), e.errors().stream().map(FieldError::field).toList(), state);
        }
    }

    @Test
    void theAccountNumberOfTheArchiveIsKept() {
        assertEquals("DQ2020000123", ArchiveRow.parse(row("户号", " DQ2020000123 ", "户名", "王建国", "类别", "居民", "区", "西区", "地址", "x"))
                .accountNo());
    }
}
