-- Sentence embeddings of listings (bge-small-zh-v1.5, 512 dimensions) for semantic matching. Computed once per text
-- by EmbeddingWorker after a write, never on the query path; kept here so a reindex never recomputes them.
create table listing_embedding (
  listing_id   bigint      primary key references listing(id) on delete cascade,
  text_hash    varchar(64) not null,                 -- SHA-256 of the embedded text: unchanged text, no new vector
  model        varchar(64) not null,
  vector       real[]      not null,
  embedded_at  timestamptz not null default now()
);
