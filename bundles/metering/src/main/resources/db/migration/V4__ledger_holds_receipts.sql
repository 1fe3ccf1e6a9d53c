-- Money a branch can trust (账户台账): every movement of an account's money, append-only, with its
-- running balance; holds and reviews of anomalous readings; estimates; receipt voids and reissues;
-- refunds; adjustments with an approver; the cashier's day; the branch's metering rules.

ALTER TABLE met_balance ADD COLUMN ledger_fen bigint DEFAULT 0 NOT NULL;
ALTER TABLE met_balance ADD COLUMN ledger_seq bigint DEFAULT 0 NOT NULL;

CREATE TABLE met_ledger (
    tenant_id          varchar(32)  NOT NULL,
    id                 varchar(36)  NOT NULL,
    account_no         varchar(40)  NOT NULL,
    seq                bigint       NOT NULL,
    kind               varchar(16)  NOT NULL,
    amount_fen         bigint       NOT NULL,
    balance_after_fen  bigint       NOT NULL,
    ref                varchar(64)  NOT NULL,
    note               varchar(200),
    actor              varchar(64)  NOT NULL,
    at                 timestamp with time zone NOT NULL,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, account_no, seq)
);

-- What was there before the ledger becomes its first movements, in the order it happened.
INSERT INTO met_ledger (tenant_id, id, account_no, seq, kind, amount_fen, balance_after_fen, ref, note, actor, at)
SELECT tenant_id, id, account_no,
       ROW_NUMBER() OVER (PARTITION BY tenant_id, account_no ORDER BY at, id),
       kind, amount_fen,
       SUM(amount_fen) OVER (PARTITION BY tenant_id, account_no ORDER BY at, id ROWS UNBOUNDED PRECEDING),
       ref, note, actor, at
FROM (SELECT tenant_id, id, account_no, CASE WHEN kind = 'IC_PURCHASE' THEN 'IC_SALE' ELSE 'BILL' END AS kind,
             -amount_fen AS amount_fen, id AS ref, period AS note, 'system' AS actor, issued_at AS at
      FROM met_bill WHERE amount_fen > 0
      UNION ALL
      SELECT tenant_id, id, account_no, 'PAYMENT', amount_fen, id, receipt_no, cashier, paid_at FROM met_payment) m;

INSERT INTO met_balance (tenant_id, account_no, balance_fen, version, ledger_fen, ledger_seq)
SELECT DISTINCT l.tenant_id, l.account_no, 0, 1, 0, 0 FROM met_ledger l
WHERE NOT EXISTS (SELECT 1 FROM met_balance b WHERE b.tenant_id = l.tenant_id AND b.account_no = l.account_no);

UPDATE met_balance SET
    ledger_fen = (SELECT COALESCE(SUM(l.amount_fen), 0) FROM met_ledger l
                  WHERE l.tenant_id = met_balance.tenant_id AND l.account_no = met_balance.account_no),
    ledger_seq = (SELECT COUNT(*) FROM met_ledger l
                  WHERE l.tenant_id = met_balance.tenant_id AND l.account_no = met_balance.account_no);

-- Bills: estimated readings are marked; a reversal is a credit note on the bill, a rebill points at what it replaces.
ALTER TABLE met_bill ADD COLUMN estimated boolean DEFAULT false NOT NULL;
ALTER TABLE met_bill ADD COLUMN reversed_by varchar(64);
ALTER TABLE met_bill ADD COLUMN reversed_at timestamp with time zone;
ALTER TABLE met_bill ADD COLUMN reversal_reason varchar(200);
ALTER TABLE met_bill ADD COLUMN replaces_id varchar(36);
ALTER TABLE met_bill_line ADD COLUMN kind varchar(12) DEFAULT 'GAS' NOT NULL;

-- Readings: a held anomaly is decided once (approved, corrected by a new reading, or sent for a re-read).
ALTER TABLE met_reading ADD COLUMN decision varchar(12);
ALTER TABLE met_reading ADD COLUMN decided_by varchar(64);
ALTER TABLE met_reading ADD COLUMN decided_at timestamp with time zone;
ALTER TABLE met_reading ADD COLUMN decision_note varchar(200);
ALTER TABLE met_reading ADD COLUMN superseded_by varchar(36);
ALTER TABLE met_reading ADD COLUMN corrects_id varchar(36);
ALTER TABLE met_reading ADD COLUMN estimated_volume numeric(12,3);
ALTER TABLE met_reading ADD COLUMN note varchar(200);
UPDATE met_reading SET decision = 'APPROVED' WHERE anomaly IS NOT NULL AND reviewed = true;

-- The last actual (not estimated) reading, from which the next actual reading trues estimates up.
ALTER TABLE met_meter ADD COLUMN actual_reading numeric(12,3);
ALTER TABLE met_meter ADD COLUMN actual_read_on date;
UPDATE met_meter SET actual_reading = last_reading, actual_read_on = last_read_on;

CREATE TABLE met_bill_run_held (
    tenant_id   varchar(32)  NOT NULL,
    id          varchar(80)  NOT NULL,
    run_id      varchar(36)  NOT NULL,
    reading_id  varchar(36)  NOT NULL,
    account_no  varchar(40)  NOT NULL,
    serial      varchar(40)  NOT NULL,
    reason      varchar(8)   NOT NULL,
    read_on     date         NOT NULL,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX ix_met_bill_run_held ON met_bill_run_held (tenant_id, run_id, account_no);

ALTER TABLE met_payment ADD COLUMN kind varchar(16) DEFAULT 'PAYMENT' NOT NULL;

-- 作废 (requested by the cashier, approved by a supervisor) and 补开 of receipts, append-only.
CREATE TABLE met_receipt_action (
    tenant_id   varchar(32)  NOT NULL,
    id          varchar(36)  NOT NULL,
    receipt_no  varchar(32)  NOT NULL,
    action      varchar(16)  NOT NULL,
    reason      varchar(200),
    actor       varchar(64)  NOT NULL,
    at          timestamp with time zone NOT NULL,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX ix_met_receipt_action ON met_receipt_action (tenant_id, receipt_no, at);

CREATE TABLE met_refund (
    tenant_id   varchar(32)  NOT NULL,
    id          varchar(36)  NOT NULL,
    account_no  varchar(40)  NOT NULL,
    amount_fen  bigint       NOT NULL,
    receipt_no  varchar(32)  NOT NULL,
    reason      varchar(200) NOT NULL,
    cashier     varchar(64)  NOT NULL,
    at          timestamp with time zone NOT NULL,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, receipt_no)
);
CREATE INDEX ix_met_refund_account ON met_refund (tenant_id, account_no);

-- 调账 and 核销: asked by one person, decided once by another.
CREATE TABLE met_adjustment (
    tenant_id     varchar(32)  NOT NULL,
    id            varchar(36)  NOT NULL,
    account_no    varchar(40)  NOT NULL,
    kind          varchar(16)  NOT NULL,
    amount_fen    bigint       NOT NULL,
    reason        varchar(200) NOT NULL,
    requested_by  varchar(64)  NOT NULL,
    requested_at  timestamp with time zone NOT NULL,
    status        varchar(12)  NOT NULL,
    decided_by    varchar(64),
    decided_at    timestamp with time zone,
    PRIMARY KEY (tenant_id, id)
);

-- 收费日报: a cashier's day, closed once.
CREATE TABLE met_cashier_day (
    tenant_id   varchar(32)  NOT NULL,
    id          varchar(80)  NOT NULL,
    work_day    date         NOT NULL,
    cashier     varchar(64)  NOT NULL,
    receipts    integer      NOT NULL,
    total_fen   bigint       NOT NULL,
    closed_by   varchar(64)  NOT NULL,
    closed_at   timestamp with time zone NOT NULL,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, work_day, cashier)
);

-- The branch's metering rules (plausibility, holds, estimates); the newest version applies.
CREATE TABLE met_settings (
    tenant_id   varchar(32)   NOT NULL,
    id          varchar(36)   NOT NULL,
    spec        varchar(2000) NOT NULL,
    created_by  varchar(64)   NOT NULL,
    created_at  timestamp with time zone NOT NULL,
    PRIMARY KEY (tenant_id, id)
);
