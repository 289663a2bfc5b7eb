-- Pictures as seen: width and height are the size after the orientation a camera records (EXIF
-- for photos, the track matrix for video) instead of turning its pixels; pixel_width and
-- pixel_height are the size as stored, and orientation the EXIF code (1 upright to 8) that turns
-- one into the other (a video's quarter turns map to 6, 3 and 8).
alter table media_assets add column orientation smallint;
alter table media_assets add column pixel_width integer;
alter table media_assets add column pixel_height integer;
