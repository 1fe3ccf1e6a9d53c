-- A branch admin adopts for their own branch too: the actor is then recorded as branch/username (up to 32 + 1 + 64).
ALTER TABLE grp_branch_record ALTER COLUMN actor SET DATA TYPE varchar(100);
