-- Files attached to a ticket (site photos, signed sheets): appended, never changed. The bytes are the platform's
-- attachments; a copy of their type and name is kept so a ticket lists its files without asking for each.
CREATE TABLE tkt_attachment (
    tenant_id      varchar(32)   NOT NULL,
    id             varchar(36)   NOT NULL,
    ticket_no      varchar(32)   NOT NULL,
    seq            integer       NOT NULL,
    attachment_id  varchar(36)   NOT NULL,
    caption        varchar(500),
    media_type     varchar(100)  NOT NULL,
    file_name      varchar(255),
    has_thumbnail  boolean       NOT NULL,
    attached_by    varchar(64)   NOT NULL,
    attached_at    timestamp with time zone NOT NULL,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, ticket_no, seq),
    FOREIGN KEY (tenant_id, ticket_no) REFERENCES tkt_ticket (tenant_id, ticket_no)
);
