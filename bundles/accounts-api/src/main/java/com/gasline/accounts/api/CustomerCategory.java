package com.gasline.accounts.api;

/** The nine customer classes a branch's tariff and rule set distinguish (用户类别). */
public enum CustomerCategory {
    RESIDENTIAL("居民"),
    COMMERCIAL("公服(商业)"),
    INDUSTRIAL("工业"),
    DISTRIBUTION("分销"),
    CNG_VEHICLE("车用CNG"),
    CNG_MOTHER_STATION("CNG母站"),
    LNG_VEHICLE_VESSEL("LNG车船"),
    LNG_RETAIL_LOADING("LNG零售装车"),
    LNG_TRADE("LNG贸易");

    private final String zh;

    CustomerCategory(String zh) {
        this.zh = zh;
    }

    /** The name branch staff use. */
    public String zh() {
        return zh;
    }
}
