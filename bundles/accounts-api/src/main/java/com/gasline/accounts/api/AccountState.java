package com.gasline.accounts.api;

/** Life cycle of an account (户号); only the transitions of the domain are legal. */
public enum AccountState {
    /** 已申请 */
    APPLIED,
    /** 已签约 */
    CONTRACTED,
    /** 已安装 */
    INSTALLED,
    /** 已通气 */
    ACTIVE,
    /** 停气 */
    SUSPENDED,
    /** 已销户 */
    CLOSED
}
