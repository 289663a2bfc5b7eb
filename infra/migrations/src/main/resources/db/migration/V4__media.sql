-- Media assets: one row per upload, from the signed URL to a playable, verified file. The
-- declared fields are what the uploader claimed when asking for the URL; the rest is what
-- media-ingest measured from the bytes. Storage quota sums declared_bytes of live assets.
create table media_assets (
    id                uuid primary key,
    owner_id          varchar(128) not null,
    kind              varchar(12)  not null,
    status            varchar(16)  not null,
    declared_type     varchar(100) not null,
    declared_bytes    bigint       not null,
    file_name         varchar(255),
    upload_key        varchar(512) not null unique,
    original_key      varchar(512),
    detected_type     varchar(100),
    size_bytes        bigint,
    sha256            char(64),
    width             integer,
    height            integer,
    duration_ms       bigint,
    perceptual_hash   bigint,
    -- Set when the same image (by perceptual hash) was first uploaded by another account.
    duplicate_of      uuid references media_assets (id),
    location_removed  boolean      not null default false,
    thumbnail_key     varchar(512),
    playlist_key      varchar(512),
    renditions        jsonb,
    transcode_job_id  varchar(128),
    failure_reason    varchar(500),
    version           bigint       not null,
    created_at        timestamptz  not null,
    updated_at        timestamptz  not null
);
create index media_assets_by_owner on media_assets (owner_id, created_at);
create index media_assets_images on media_assets (perceptual_hash) where perceptual_hash is not null;

-- A self-tape's sides are a PDF the casting team uploaded (served watermarked to the talent),
-- and the tape is a ready video of the talent's own: both are media assets now, not links.
alter table self_tape_requests drop column sides_document;
alter table self_tape_requests drop column media_item_id;
alter table self_tape_requests add column sides_asset_id uuid references media_assets (id);
alter table self_tape_requests add column tape_asset_id uuid references media_assets (id);
