package org.rapport.feeds;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.rapport.accounts.CurrentMember;
import org.rapport.api.PageRequest;
import org.rapport.followups.FollowUp;
import org.rapport.followups.FollowUpService;
import org.rapport.followups.FollowUpStatus;
import org.rapport.followups.FollowUpType;
import org.rapport.people.KeepInTouchService;
import org.rapport.people.PersonService;
import org.rapport.people.Tie;
import org.springframework.stereotype.Component;

/**
 * A member's follow-ups as iCalendar: every open follow-up on its due day, and a check-in for each
 * person due by their cadence within {@link #CHECK_IN_HORIZON_DAYS} days (or already due), unless
 * an open check-in follow-up covers them. All-day events, because a follow-up is due on a day, not
 * at an hour; UIDs are derived from ids, so a calendar keeps recognising each event.
 */
@Component
class FollowUpFeed {
    static final int CHECK_IN_HORIZON_DAYS = 60;

    private final FollowUpService followUps;
    private final KeepInTouchService keepInTouch;
    private final PersonService people;

    FollowUpFeed(FollowUpService followUps, KeepInTouchService keepInTouch, PersonService people) {
        this.followUps = followUps;
        this.keepInTouch = keepInTouch;
        this.people = people;
    }

    /** The calendar as text; {@code stamp} is the feed's last change, so equal data gives equal bytes. */
    String write(CurrentMember me, LocalDate today, Instant stamp, String siteUrl) {
        ICalendar ical = new ICalendar();
        ical.setProductId("-//Rapport//Follow-ups feed//EN");
        ical.setName("Rapport follow-ups");
        ical.setExperimentalProperty("X-WR-CALNAME", "Rapport follow-ups");
        ical.setRefreshInterval(new biweekly.util.Duration.Builder().hours(1).build());
        ical.setExperimentalProperty("X-PUBLISHED-TTL", "PT1H");

        List<FollowUp> open = openFollowUps(me);
        Set<UUID> named = new HashSet<>();
        Set<UUID> checkInPlanned = new HashSet<>();
        for (FollowUp f : open) {
            if (f.personId() != null) {
                named.add(f.personId());
                if (f.type() == FollowUpType.CHECK_IN) {
                    checkInPlanned.add(f.personId());
                }
            }
        }
        Map<UUID, String> names = people.displayNames(me.workspace(), named);
        Date dtstamp = Date.from(stamp);
        for (FollowUp f : open) {
            VEvent e = allDay("follow-up-" + f.id() + "@rapport", f.title(), f.dueOn(), dtstamp);
            String who = f.personId() == null ? null : names.get(f.personId());
            e.setDescription(describe(f, who));
            e.setUrl(siteUrl + (f.personId() == null ? "/follow-ups" : "/people/" + f.personId()));
            e.setLastModified(Date.from(f.updatedAt()));
            e.setSequence((int) Math.min(Integer.MAX_VALUE, f.version() - 1));
            e.addCategories("Rapport", "follow-up", f.type().wire());
            ical.addEvent(e);
        }
        LocalDate horizon = today.plusDays(CHECK_IN_HORIZON_DAYS);
        keepInTouch.ties(me, null).stream()
                .filter(t -> t.nextContactDue() != null && !t.nextContactDue().isAfter(horizon))
                .filter(t -> !checkInPlanned.contains(t.personId()))
                .sorted(java.util.Comparator.comparing(Tie::nextContactDue).thenComparing(Tie::personId))
                .forEach(t -> ical.addEvent(checkIn(t, dtstamp, siteUrl)));
        return Biweekly.write(ical).go();
    }

    private List<FollowUp> openFollowUps(CurrentMember me) {
        List<FollowUp> all = new ArrayList<>();
        var query = new FollowUpService.Query(FollowUpStatus.OPEN, null, null, null);
        for (int page = 0; ; page++) {
            var items = followUps
                    .list(me, query, PageRequest.of(page, PageRequest.MAX_SIZE))
                    .items();
            all.addAll(items);
            if (items.size() < PageRequest.MAX_SIZE) {
                return all;
            }
        }
    }

    private static VEvent checkIn(Tie t, Date dtstamp, String siteUrl) {
        VEvent e = allDay(
                "check-in-" + t.personId() + "@rapport",
                "Get in touch with " + t.displayName(),
                t.nextContactDue(),
                dtstamp);
        e.setDescription("Last talked on " + t.lastContactDay() + "; you meant every " + t.cadenceDays() + " days.");
        e.setUrl(siteUrl + "/people/" + t.personId());
        e.addCategories("Rapport", "check-in");
        return e;
    }

    private static VEvent allDay(String uid, String summary, LocalDate day, Date dtstamp) {
        VEvent e = new VEvent();
        e.setUid(uid);
        e.setSummary(summary);
        // biweekly writes a date without time in the JVM's zone: start of that day there.
        e.setDateStart(date(day), false);
        e.setDateEnd(date(day.plusDays(1)), false);
        e.setDateTimeStamp(dtstamp);
        e.setTransparency(true);
        return e;
    }

    private static Date date(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }

    private static String describe(FollowUp f, String who) {
        StringBuilder s = new StringBuilder(label(f.type()));
        if (who != null) {
            s.append(" · ").append(who);
        }
        if (f.notes() != null) {
            s.append("\n\n").append(f.notes());
        }
        return s.toString();
    }

    private static String label(FollowUpType type) {
        return switch (type) {
            case THANK_YOU -> "Thank-you";
            case DELIVER -> "Send what you promised";
            case CHECK_IN -> "Check in";
            case INTRODUCE -> "Make an introduction";
            case OTHER -> "Follow-up";
        };
    }
}
