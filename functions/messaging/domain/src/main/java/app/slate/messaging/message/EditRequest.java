package app.slate.messaging.message;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record EditRequest(@NotBlank @Size(max = 4000) String text) {
}
