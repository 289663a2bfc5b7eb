package app.slate.platform.geo;

/**
 * Where a person is, as precisely as anyone else may use it: the centre of a grid cell about
 * 2.2 km across. Search and matching index and compare only this, never the point the person
 * gave, so no sequence of radius searches can narrow someone down to more than their cell.
 * Cells are 0.02° of latitude high and as many degrees of longitude wide as make the same
 * distance at that latitude, so they stay about square from the equator to the Arctic.
 */
public record CoarseLocation(double latitude, double longitude) {

    static final double CELL_DEGREES = 0.02;
    /** A radius search narrower than this would ask about less than a few cells. */
    public static final int MIN_RADIUS_KM = 5;

    public static CoarseLocation of(double latitude, double longitude) {
        double row = Math.min(Math.floor((latitude + 90) / CELL_DEGREES), 180 / CELL_DEGREES - 1);
        double centreLatitude = -90 + (row + 0.5) * CELL_DEGREES;
        double cellLongitude = Math.min(360, CELL_DEGREES / Math.max(Math.cos(Math.toRadians(centreLatitude)), 1e-3));
        double column = Math.floor((longitude + 180) / cellLongitude);
        double centreLongitude = Math.min(180, -180 + (column + 0.5) * cellLongitude);
        return new CoarseLocation(round(centreLatitude), round(centreLongitude));
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }
}
