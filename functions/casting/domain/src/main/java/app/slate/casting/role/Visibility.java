package app.slate.casting.role;

/** PUBLIC roles are on the role board; INVITED roles are seen and submitted to by invited talent only. */
public enum Visibility { PUBLIC, INVITED }
