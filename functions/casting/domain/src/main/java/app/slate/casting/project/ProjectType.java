package app.slate.casting.project;

public enum ProjectType { FILM, SERIES, SHORT, COMMERCIAL, THEATRE, MUSIC_VIDEO, VOICE, GAME, MODELLING, OTHER }
