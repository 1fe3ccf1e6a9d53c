package com.gasline.inspections.api.rest;

/** The household checklist (入户安检项目), from the seeds and GB/T 28885: every inspected visit answers each item once. */
public enum CheckItem {
    /** 接口检漏 */
    LEAK_JOINTS("接口及灶具连接处检漏"),
    /** 表具检漏 */
    LEAK_METER("燃气表及表前阀检漏"),
    /** 胶管老化、超期使用 */
    HOSE_AGE("连接胶管老化、超期或超长"),
    /** 胶管两端管卡 */
    HOSE_CLAMPS("胶管两端管卡"),
    /** 阀门启闭 */
    VALVE("阀门启闭灵活无内漏"),
    /** 通风 */
    VENTILATION("厨房通风良好"),
    /** 热水器烟道 */
    WATER_HEATER_FLUE("热水器烟道完好通畅"),
    /** 灶具熄火保护 */
    COOKER_FLAMEOUT("灶具熄火保护装置"),
    /** 私改私接 */
    ILLEGAL_MODIFICATION("私改私接或暗埋暗封燃气管道");

    private final String zh;

    CheckItem(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}
