-- Files kept with an account (ID copies, signed contracts): appended, never changed. The bytes are the platform's
-- attachments; a copy of their type and name is kept so an account lists its files without asking for each.
CREATE TABLE acc_document (
    tenant_id      varchar(32)   NOT NULL,
    id             varchar(36)   NOT NULL,
    account_no     varchar(40)   NOT NULL,
    seq            integer       NOT NULL,
    kind           varchar(16)   NOT NULL,
    attachment_id  varchar(36)   NOT NULL,
    caption        varchar(500),
    media_type     varchar(100)  NOT NULL,
    file_name      varchar(255),
    has_thumbnail  boolean       NOT NULL,
    attached_by    varchar(64)   NOT NULL,
    attached_at    timestamp with time zone NOT NULL,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, account_no, seq),
    FOREIGN KEY (tenant_id, account_no) REFERENCES acc_account (tenant_id, account_no)
);
