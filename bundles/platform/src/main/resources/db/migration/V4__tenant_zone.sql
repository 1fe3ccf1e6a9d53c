-- Each branch counts its days and deadlines in its own zone.
ALTER TABLE platform_tenant ADD COLUMN zone varchar(64) NOT NULL DEFAULT 'Asia/Shanghai';
