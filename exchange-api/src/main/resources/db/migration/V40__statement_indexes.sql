-- Statements and reconciliation read the journal by period: entries by the time they were recorded,
-- in the statements' stable order (recorded_at, id).
CREATE INDEX journal_entries_recorded_idx ON journal_entries (recorded_at, id);
