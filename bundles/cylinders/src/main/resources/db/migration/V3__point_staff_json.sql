-- Point staff is now a JSON array (quotes around each username): room for the same number of names.
ALTER TABLE cyl_point ALTER COLUMN staff SET DATA TYPE varchar(4000);
