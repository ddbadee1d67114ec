-- Autosaved listing forms: what a user typed but has not saved yet, per form (a new listing or an edit).
-- Kept apart from listing because a half-typed form need not pass validation, and must never reach search.
create table listing_autosave (
  user_id   bigint       not null references user_profile(id) on delete cascade,
  form_key  varchar(64)  not null,                    -- new-NEED-<org id> | edit-<listing id>
  fields    jsonb        not null,
  saved_at  timestamptz  not null default now(),
  primary key (user_id, form_key)
);
