package app.slate.talent.profile;

public enum Gender { FEMALE, MALE, NON_BINARY, TRANSGENDER_FEMALE, TRANSGENDER_MALE, OTHER }
