package com.gasline.accounts.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.gasline.accounts.api.CustomerCategory;
import com.gasline.accounts.api.rest.CustomerKind;
import com.gasline.accounts.api.rest.NewCustomer;
import com.gasline.accounts.api.rest.NewPremises;
import com.gasline.platform.api.problem.FieldError;
import com.gasline.platform.api.problem.ProblemException;

/** What registering a customer and their premises needs, for the API and the archive import alike. */
class RegistrationTest {

    private static NewCustomer person(String idType, String idNumber, List<String> phones, Integer household) {
        return new NewCustomer(CustomerKind.PERSON, "王建国", idType, idNumber, phones, CustomerCategory.RESIDENTIAL, household);
    }

    private static List<String> refused(NewCustomer c) {
        ProblemException e = assertThrows(ProblemException.class, () -> Registration.check(c));
        assertEquals(400, e.status());
        return e.errors().stream().map(FieldError::field).toList();
    }

    private static List<String> refused(NewPremises p) {
        ProblemException e = assertThrows(ProblemException.class, () -> Registration.check(p));
        assertEquals(400, e.status());
        return e.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void aRegistrationWithoutBodyIsRefused() {
        assertEquals(List.of("body"), refused((NewCustomer) null));
        assertEquals(List.of("body"), refused((NewPremises) null));
    }

    @Test
    void aHouseholdIsOneTo99People() {
        Registration.check(person(null, null, null, 1));
        Registration.check(person(null, null, null, 99));
        assertEquals(List.of("householdSize"), refused(person(null, null, null, 0)));
        assertEquals(List.of("householdSize"), refused(person(null, null, null, 100)));
    }

    @Test
    void anIdNumberNeedsItsTypeAndAShape() {
        Registration.check(person("身份证", "330102199001011234", null, null));
        assertEquals(List.of("idType"), refused(person(null, "330102199001011234", null, null)));
        assertEquals(List.of("idNumber"), refused(person("身份证", "12345", null, null)));
        assertEquals(List.of("idNumber"), refused(person("身份证", "3301 0219", null, null)));
    }

    @Test
    void aCustomerHasAtMostFivePhonesEachAPhoneNumber() {
        Registration.check(person(null, null, List.of("13800000001", "13800000002", "13800000003", "13800000004", "13800000005"), null));
        assertEquals(List.of("phones"), refused(person(null, null,
                List.of("13800000001", "13800000002", "13800000003", "13800000004", "13800000005", "13800000006"), null)));
        assertEquals(List.of("phones[1]", "phones[2]"), refused(person(null, null, Arrays.asList("13800000001", "call me", null), null)));
    }

    @Test
    void aCustomerNeedsKindNameAndCategory() {
        assertEquals(List.of("kind", "name", "category"), refused(new NewCustomer(null, null, null, null, null, null, null)));
    }

    @Test
    void noPartOfTheAreaMayHoldASlash() {
        // the area path is district/community/building/unit/room: a slash inside a part would shift the levels
        Registration.check(new NewPremises("东城区", "幸福小区", "3栋", "2单元", "502", "幸福路 8 号"));
        assertEquals(List.of("district"), refused(new NewPremises("东城/西城", null, null, null, null, "x")));
        for (int part = 1; part <= 4; part++) {
            String[] parts = { "东城区", "幸福小区", "3栋", "2单元", "502" };
            parts[part] = "a/b";
            assertEquals(List.of("area"), refused(new NewPremises(parts[0], parts[1], parts[2], parts[3], parts[4], "x")), "part " + part);
        }
    }

    @Test
    void theAreaPathStopsAtTheFirstMissingLevel() {
        assertEquals("东城区/幸福小区", Registration.areaPath(new NewPremises(" 东城区 ", "幸福小区", " ", "2单元", "502", "x")));
        assertEquals("东城区", Registration.areaPath(new NewPremises("东城区", null, "3栋", null, null, "x")));
    }
}
