-- Issue 13. The parsed rows of an uploaded plan between preview and commit (never the file itself):
-- one row per upload, owned by the user who uploaded it, removed at commit or after a day.
create table plan_import_draft (
    id           varchar(36)   not null primary key,
    owner        varchar(64)   not null,
    file_name    varchar(255)  not null,
    file_sha256  varchar(64)   not null,
    plan_year    int,
    payload      text          not null,
    created_at   timestamp     not null
);
create index ix_plan_import_draft_owner on plan_import_draft (owner, created_at);

-- The directory of agencies as data: seeded from config/agencies.yaml (codes not yet present), then
-- changed by administrators (add, rename, merge, retire) and by imports ("thêm cơ quan mới").
create table agency (
    code         varchar(64)   not null primary key,
    name         varchar(300)  not null,
    kind         varchar(10)   not null,
    roles        varchar(100)  not null,
    aliases      varchar(4000) not null,
    retired_at   timestamp,
    merged_into  varchar(64),
    updated_by   varchar(64),
    updated_at   timestamp     not null
);

-- Bumped by every change of the directory, so that every node reloads its copy.
create table agency_directory_version (
    id       int    not null primary key,
    version  bigint not null
);
insert into agency_directory_version (id, version) values (1, 0);
