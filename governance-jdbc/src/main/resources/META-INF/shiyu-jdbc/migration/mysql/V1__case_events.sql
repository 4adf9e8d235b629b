-- Shiyu governance-jdbc schema, version 1 (mysql). Flyway script; plain DDL for vendors too.
-- Events are the truth; shiyu_case is the index of the last state (version, terminal,
-- earliest running due instant) that the due query reads. An event is inserted with a row in
-- shiyu_feed_pending; the feed's reader gives committed events their positions in order, under
-- the shiyu_feed row (the last position given), so writers never wait for one another's
-- commit.
-- Every table is utf8mb4 with a binary collation, whatever the server's
-- default: event bodies carry Chinese text (names, reasons, expert fields), and case ids and
-- idempotency keys compare exactly, as they do in Java.
CREATE TABLE IF NOT EXISTS shiyu_case (
  case_id      VARCHAR(64) NOT NULL PRIMARY KEY,
  case_version INTEGER     NOT NULL,
  workflow     VARCHAR(64) NOT NULL,
  terminal     BOOLEAN     NOT NULL,
  -- epoch milliseconds of the earliest running (not stopped) clock's due instant; NULL if none
  next_due     BIGINT,
  updated_at   BIGINT      NOT NULL
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
CREATE INDEX shiyu_case_due ON shiyu_case (terminal, next_due);

CREATE TABLE IF NOT EXISTS shiyu_event (
  -- insertion order: within a case, sequence order
  event_id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  case_id         VARCHAR(64)  NOT NULL,
  seq             INTEGER      NOT NULL,
  idempotency_key VARCHAR(255),
  command         VARCHAR(64)  NOT NULL,
  recorded_at     BIGINT       NOT NULL,
  schema_version  INTEGER      NOT NULL,
  body            LONGTEXT NOT NULL,
  CONSTRAINT shiyu_event_case_seq UNIQUE (case_id, seq),
  CONSTRAINT shiyu_event_case_key UNIQUE (case_id, idempotency_key)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

-- Committed events waiting for their feed position: inserted with the event, deleted when
-- the feed's reader gives the position. Narrow, so that numbering an event never rewrites
-- its row and the event table's indexes.
CREATE TABLE IF NOT EXISTS shiyu_feed_pending (
  event_id BIGINT NOT NULL PRIMARY KEY
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

-- The feed: positions rising from 1 without gaps, each naming one event.
CREATE TABLE IF NOT EXISTS shiyu_feed_position (
  feed_position BIGINT NOT NULL PRIMARY KEY,
  event_id      BIGINT NOT NULL
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

CREATE TABLE IF NOT EXISTS shiyu_feed (
  id            INTEGER NOT NULL PRIMARY KEY,
  last_position BIGINT  NOT NULL
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
INSERT INTO shiyu_feed (id, last_position) VALUES (1, 0);
