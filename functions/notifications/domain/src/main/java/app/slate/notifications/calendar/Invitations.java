package app.slate.notifications.calendar;

import java.net.URI;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * An audition as an iCalendar file (RFC 5545), with its times in the reader's zone (and that
 * zone's definition inside, so any calendar reads it right). Emailed, it is an invitation or a
 * cancellation from Slate to the reader (iTIP REQUEST or CANCEL, RFC 5546): calendars then update
 * the one event by its UID and sequence. Downloaded, it is simply published.
 */
public final class Invitations {

    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    /** Who sends an emailed invitation and to whom. */
    public record Addressed(String organizer, String attendee) {
    }

    private Invitations() {
    }

    public static String emailed(CalendarEntry entry, ZoneId zone, Addressed addressed) {
        VEvent event = event(entry, zone);
        event.add(new Organizer(URI.create("mailto:" + addressed.organizer())));
        event.add(new Attendee(URI.create("mailto:" + addressed.attendee())));
        return calendar(entry.cancelled() ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST, event, zone);
    }

    public static String published(CalendarEntry entry, ZoneId zone) {
        return calendar(ImmutableMethod.PUBLISH, event(entry, zone), zone);
    }

    private static VEvent event(CalendarEntry entry, ZoneId zone) {
        ZonedDateTime start = entry.startsAt().atZone(known(zone));
        VEvent event = new VEvent(start, start.plusMinutes(entry.minutes()), entry.summary());
        event.add(new Uid(entry.uid()));
        event.add(new Sequence(entry.sequence()));
        event.add(entry.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        if (entry.location() != null) {
            event.add(new Location(entry.location()));
        }
        if (entry.url() != null) {
            event.add(new Url(URI.create(entry.url())));
            event.add(new Description(entry.url()));
        }
        return event;
    }

    /** A zone the calendar registry can describe; UTC for one it cannot. */
    private static ZoneId known(ZoneId zone) {
        return ZONES.getTimeZone(zone.getId()) == null ? ZoneId.of("UTC") : zone;
    }

    private static String calendar(net.fortuna.ical4j.model.property.Method method, VEvent event, ZoneId zone) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Slate//Auditions//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(method);
        calendar.add(ZONES.getTimeZone(known(zone).getId()).getVTimeZone());
        calendar.add(event);
        return calendar.toString();
    }
}
