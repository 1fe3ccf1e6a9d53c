-- Files of a branch (photos, scans, contracts), kept in the database so that its backups keep them. Immutable:
-- rows are inserted once and never updated or deleted. The bytes live apart from the metadata so that listing
-- or checking an attachment never reads them.
CREATE TABLE platform_attachment (
    tenant_id      varchar(32)  NOT NULL,
    id             varchar(36)  NOT NULL,
    sha256         char(64)     NOT NULL,
    size           bigint       NOT NULL,
    media_type     varchar(100) NOT NULL,
    file_name      varchar(255),
    uploaded_by    varchar(64)  NOT NULL,
    uploaded_at    timestamp with time zone NOT NULL,
    has_thumbnail  boolean      NOT NULL,
    PRIMARY KEY (tenant_id, id)
);

-- bytea on PostgreSQL; H2 reads it as BINARY VARYING (up to 1 GB), both bound as plain bytes.
CREATE TABLE platform_attachment_data (
    tenant_id      varchar(32)  NOT NULL,
    id             varchar(36)  NOT NULL,
    content        bytea        NOT NULL,
    thumbnail      bytea,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, id) REFERENCES platform_attachment (tenant_id, id)
);
