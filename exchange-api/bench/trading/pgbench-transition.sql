-- One trade transition as PostgreSQL alone does it: UPDATE one row, INSERT one event row.
\set id random(1, 100000)
BEGIN;
UPDATE bench_trades SET state = state + 1, version = version + 1, updated_at = now() WHERE id = :id;
INSERT INTO bench_trade_events (trade_id, state, occurred_at) VALUES (:id, 1, now());
END;
