-- A validation run keeps the 64-bit key prefixes of the subjects it saw, sorted, 8 bytes each
-- (ADR 0054). They enter the subject index (listing_subjects) only when the version goes on sale,
-- so validation does not pay for index writes of versions that are never listed.
ALTER TABLE validation_runs ADD COLUMN subject_prefixes bytea;
