-- When the node running an import last said it is alive (PostgreSQL; every 30 s). An import still
-- 'running' without a word for minutes lost its node and is recorded as failed by another.
ALTER TABLE imports ADD COLUMN heartbeat_at BIGINT;
CREATE INDEX imports_running ON imports (status, heartbeat_at);
