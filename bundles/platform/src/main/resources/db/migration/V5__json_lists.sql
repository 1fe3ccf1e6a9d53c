-- Lists are JSON arrays now (StringListConverter); rows written before still read as comma-joined.
ALTER TABLE platform_module ALTER COLUMN requires SET DATA TYPE varchar(2000);
ALTER TABLE platform_user ALTER COLUMN roles SET DATA TYPE varchar(2000);
