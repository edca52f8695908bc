-- What validation found, kept with the run for the review queue's risk flags (ADR 0029): children,
-- identifier values of sensitive categories, undeclared identifier values, records in classes below
-- k, rows overlapping non-open public data. NULL for runs finished before these were recorded.
ALTER TABLE validation_runs
    ADD COLUMN found_children         bigint,
    ADD COLUMN found_sensitive        bigint,
    ADD COLUMN found_undeclared       bigint,
    ADD COLUMN found_below_k          bigint,
    ADD COLUMN found_public_overlap   bigint;
