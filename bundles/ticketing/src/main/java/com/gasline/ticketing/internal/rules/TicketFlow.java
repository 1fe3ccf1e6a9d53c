package com.gasline.ticketing.internal.rules;

import java.util.Map;
import java.util.Set;

import com.gasline.platform.api.problem.Problems;
import com.gasline.platform.api.problem.Text;

/**
 * received 受理 → dispatched 派单 → in progress → resolved 办结 → called back 回访 → closed, with
 * reassignment while open and reopening after an unsatisfied callback (整改).
 */
public enum TicketFlow {
    DISPATCH("派单", Set.of("RECEIVED", "DISPATCHED", "IN_PROGRESS"), "DISPATCHED"),
    START("开始处理", Set.of("DISPATCHED"), "IN_PROGRESS"),
    REPLY("答复", Set.of("RECEIVED", "DISPATCHED", "IN_PROGRESS", "RESOLVED"), null),
    RESOLVE("办结", Set.of("RECEIVED", "DISPATCHED", "IN_PROGRESS"), "RESOLVED"),
    CALLBACK("回访", Set.of("RESOLVED"), "CALLED_BACK"),
    REOPEN("重新处理", Set.of("CALLED_BACK", "RESOLVED"), "DISPATCHED"),
    CLOSE("关闭", Set.of("CALLED_BACK"), "CLOSED");

    private static final Map<String, String> ZH = Map.of("RECEIVED", "已受理", "DISPATCHED", "已派单", "IN_PROGRESS", "处理中",
            "RESOLVED", "已办结", "CALLED_BACK", "已回访", "CLOSED", "已关闭");

    /** Types that need no callback: closed straight after they are answered. */
    public static final Set<String> NO_CALLBACK = Set.of("CONSULTATION", "SUGGESTION", "HELP");

    private final String zh;
    private final Set<String> from;
    private final String to;

    TicketFlow(String zh, Set<String> from, String to) {
        this.zh = zh;
        this.from = from;
        this.to = to;
    }

    /** The status after this step; 409 naming the current status when the step is not allowed now. */
    public String apply(String status, String type) {
        boolean allowed = from.contains(status) || (this == CLOSE && "RESOLVED".equals(status) && NO_CALLBACK.contains(type));
        if (!allowed) {
            throw Problems.conflict(Text.of("工单状态为「" + ZH.get(status) + "」，不能" + zh,
                    "A ticket in status " + status + " cannot take the step " + name()));
        }
        return to == null ? status : to;
    }
}
