package app.slate.media.transcode;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The provider-neutral callback of a transcoding job (the counterpart of media-ingest's
 * TranscodeRequest): the job's reference (the asset id), whether it completed, and where under
 * the asset's HLS folder it wrote the master playlist, the renditions and the thumbnail. Paths
 * are relative and stay inside that folder: no "." or ".." segment, no empty one.
 */
public record TranscodeCallback(
        @NotBlank @Size(max = 128) String eventId,
        @NotBlank @Size(max = 64) String jobReference,
        @NotNull Status status,
        @Size(max = 500) String reason,
        @Pattern(regexp = RELATIVE) String masterPlaylist,
        @Pattern(regexp = RELATIVE) String thumbnail,
        @Size(max = 8) List<@Valid @NotNull Rendition> renditions) {

    static final String RELATIVE = "(?!.*(?:^|/)\\.{1,2}(?:/|$))(?!.*//)[A-Za-z0-9_-][A-Za-z0-9_./-]{0,200}";

    public enum Status { COMPLETED, FAILED }

    public record Rendition(@NotBlank @Size(max = 32) String name, @NotNull @Pattern(regexp = RELATIVE) String playlist,
                            @Positive int width, @Positive int height, @Positive long bandwidth) {
    }
}
