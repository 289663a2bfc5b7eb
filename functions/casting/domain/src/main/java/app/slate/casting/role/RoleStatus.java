package app.slate.casting.role;

/** draft → open → closed; a closed role whose deadline is still ahead may open again. */
public enum RoleStatus { DRAFT, OPEN, CLOSED }
