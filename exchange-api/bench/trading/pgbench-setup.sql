DROP TABLE IF EXISTS bench_trade_events;
DROP TABLE IF EXISTS bench_trades;
CREATE TABLE bench_trades (id integer PRIMARY KEY, state integer NOT NULL, version bigint NOT NULL,
                           updated_at timestamptz NOT NULL);
INSERT INTO bench_trades SELECT g, 0, 0, now() FROM generate_series(1, 100000) g;
CREATE TABLE bench_trade_events (id bigserial PRIMARY KEY, trade_id integer NOT NULL, state integer NOT NULL,
                                 occurred_at timestamptz NOT NULL);
