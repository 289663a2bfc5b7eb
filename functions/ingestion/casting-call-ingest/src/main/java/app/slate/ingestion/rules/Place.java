package app.slate.ingestion.rules;

/** Where a call is: a city (null when only the country is named) and its ISO 3166-1 alpha-2 country. */
record Place(String city, String country) {
}
