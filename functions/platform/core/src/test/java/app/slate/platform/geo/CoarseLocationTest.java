package app.slate.platform.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CoarseLocationTest {

    @Test
    void everyPoint_isMovedToItsCellCentre_withinAboutAKilometreAndAHalf() {
        Random random = new Random(7);
        for (int i = 0; i < 100_000; i++) {
            double latitude = -80 + 160 * random.nextDouble();
            double longitude = -180 + 360 * random.nextDouble();
            CoarseLocation coarse = CoarseLocation.of(latitude, longitude);

            assertThat(kilometres(latitude, longitude, coarse.latitude(), coarse.longitude())).isLessThan(1.6);
            assertThat(CoarseLocation.of(coarse.latitude(), coarse.longitude())).isEqualTo(coarse);
        }
    }

    @Test
    void neighboursInOneCell_cannotBeToldApart_butTheNextCellCan() {
        CoarseLocation riyadh = CoarseLocation.of(24.7136, 46.6753);

        for (double[] offset : new double[][] {{0.009, 0.009}, {-0.009, -0.009}, {0.009, -0.009}, {-0.009, 0.009}}) {
            assertThat(CoarseLocation.of(riyadh.latitude() + offset[0], riyadh.longitude() + offset[1])).isEqualTo(riyadh);
        }
        CoarseLocation north = CoarseLocation.of(riyadh.latitude() + 0.011, riyadh.longitude());
        assertThat(north).isNotEqualTo(riyadh);
        assertThat(kilometres(riyadh.latitude(), riyadh.longitude(), north.latitude(), north.longitude())).isBetween(2.0, 2.4);
    }

    @Test
    void cellsStayAboutTwoKilometresWide_fromTheEquatorToTheArctic() {
        for (double latitude : new double[] {0.5, 24.7, 51.5, 69.6}) {
            CoarseLocation here = CoarseLocation.of(latitude, 18.9553);
            CoarseLocation next = here;
            double longitude = 18.9553;
            while (next.equals(here)) {
                longitude += 0.001;
                next = CoarseLocation.of(latitude, longitude);
            }
            assertThat(kilometres(here.latitude(), here.longitude(), next.latitude(), next.longitude())).isBetween(2.0, 2.4);
        }
    }

    private static double kilometres(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * 6371 * Math.asin(Math.sqrt(a));
    }
}
