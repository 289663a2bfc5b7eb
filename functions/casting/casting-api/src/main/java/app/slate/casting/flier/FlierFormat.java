package app.slate.casting.flier;

/** The files a flier comes as: posts and stories for social networks, and a page to print or send. */
public enum FlierFormat {
    /** 1080 × 1080, the square post Instagram, Facebook and LinkedIn all show uncropped. */
    SQUARE("square.png", "image/png", 1080, 1080),
    /** 1080 × 1920, a full-screen story (9:16). */
    STORY("story.png", "image/png", 1080, 1920),
    /** One page, A4, or Letter where the project's region uses it (the US, Canada, Mexico, the Philippines...), drawn at 200 dpi: sized by its paper. */
    PAGE("page.pdf", "application/pdf", 0, 0);

    final String file;
    final String contentType;
    final int width;
    final int height;

    FlierFormat(String file, String contentType, int width, int height) {
        this.file = file;
        this.contentType = contentType;
        this.width = width;
        this.height = height;
    }
}
