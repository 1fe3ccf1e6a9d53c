-- Failed logins, shared by every node: one row per source address ('a <address>') and per address and user
-- ('u <address> <scope>/<username>'). Rows are deleted once their window has passed, so the table stays small.
CREATE TABLE platform_login_failure (
    subject    varchar(200) NOT NULL PRIMARY KEY,
    failures   integer      NOT NULL,
    first_at   timestamp with time zone NOT NULL,
    last_at    timestamp with time zone NOT NULL
);
CREATE INDEX ix_platform_login_failure_last ON platform_login_failure (last_at);

-- A disabled user cannot log in; a token carries the token_version it was issued under, so raising it
-- (disable, password change or reset) ends every token issued before.
ALTER TABLE platform_user ADD COLUMN disabled boolean NOT NULL DEFAULT false;
ALTER TABLE platform_user ADD COLUMN token_version bigint NOT NULL DEFAULT 0;
