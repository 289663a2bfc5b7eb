package app.slate.search.saved;

/** What a saved search finds: talent profiles (a casting director's search) or roles (a talent's role-board search). */
public enum SearchKind { TALENT, ROLE }
