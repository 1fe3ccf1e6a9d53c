package com.gasline.platform.api;

import java.util.Set;

/** Role names carried in tokens and checked with {@code @RolesAllowed}. */
public final class Roles {

    /** 集团管理员 */
    public static final String GROUP_ADMIN = "GROUP_ADMIN";
    /** 集团审计员: reads the group's drift view, changes nothing */
    public static final String GROUP_AUDITOR = "GROUP_AUDITOR";
    /** 分公司管理员 */
    public static final String BRANCH_ADMIN = "BRANCH_ADMIN";
    /** 客服员/坐席员 */
    public static final String AGENT = "AGENT";
    /** 值长/班长 */
    public static final String SHIFT_LEAD = "SHIFT_LEAD";
    /** 客服主管 */
    public static final String SUPERVISOR = "SUPERVISOR";
    /** 业务员 */
    public static final String CLERK = "CLERK";
    /** 抄表员 */
    public static final String METER_READER = "METER_READER";
    /** 收费员 */
    public static final String CASHIER = "CASHIER";
    /** 调瓶点营业员 */
    public static final String CYLINDER_CLERK = "CYLINDER_CLERK";
    /** 维修工/抢修队员 */
    public static final String TECHNICIAN = "TECHNICIAN";
    /** 调度员 */
    public static final String DISPATCHER = "DISPATCHER";
    /** 运行工 */
    public static final String STATION_OPERATOR = "STATION_OPERATOR";
    /** 安检员 */
    public static final String INSPECTOR = "INSPECTOR";

    /** Roles a branch user may hold (everything but the group admin). */
    public static final Set<String> BRANCH_ROLES = Set.of(BRANCH_ADMIN, AGENT, SHIFT_LEAD, SUPERVISOR,
            CLERK, METER_READER, CASHIER, CYLINDER_CLERK, TECHNICIAN, DISPATCHER, STATION_OPERATOR, INSPECTOR);

    private Roles() {
    }
}
