package org.rapport.imports.ics;

import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/**
 * Windows time-zone names (Outlook and Exchange write "Eastern Standard Time") to IANA zones, after
 * the primary rows of CLDR's windowsZones.xml for the zones people meet in most.
 */
final class WindowsZones {
    private static final Map<String, String> ZONES = Map.ofEntries(
            Map.entry("Dateline Standard Time", "Etc/GMT+12"),
            Map.entry("Hawaiian Standard Time", "Pacific/Honolulu"),
            Map.entry("Alaskan Standard Time", "America/Anchorage"),
            Map.entry("Pacific Standard Time", "America/Los_Angeles"),
            Map.entry("US Mountain Standard Time", "America/Phoenix"),
            Map.entry("Mountain Standard Time", "America/Denver"),
            Map.entry("Central Standard Time", "America/Chicago"),
            Map.entry("Central Standard Time (Mexico)", "America/Mexico_City"),
            Map.entry("Canada Central Standard Time", "America/Regina"),
            Map.entry("Eastern Standard Time", "America/New_York"),
            Map.entry("Atlantic Standard Time", "America/Halifax"),
            Map.entry("Newfoundland Standard Time", "America/St_Johns"),
            Map.entry("E. South America Standard Time", "America/Sao_Paulo"),
            Map.entry("Argentina Standard Time", "America/Buenos_Aires"),
            Map.entry("UTC", "Etc/UTC"),
            Map.entry("GMT Standard Time", "Europe/London"),
            Map.entry("Greenwich Standard Time", "Atlantic/Reykjavik"),
            Map.entry("W. Europe Standard Time", "Europe/Berlin"),
            Map.entry("Central Europe Standard Time", "Europe/Budapest"),
            Map.entry("Romance Standard Time", "Europe/Paris"),
            Map.entry("Central European Standard Time", "Europe/Warsaw"),
            Map.entry("GTB Standard Time", "Europe/Bucharest"),
            Map.entry("FLE Standard Time", "Europe/Kiev"),
            Map.entry("Israel Standard Time", "Asia/Jerusalem"),
            Map.entry("South Africa Standard Time", "Africa/Johannesburg"),
            Map.entry("Russian Standard Time", "Europe/Moscow"),
            Map.entry("Arabian Standard Time", "Asia/Dubai"),
            Map.entry("India Standard Time", "Asia/Calcutta"),
            Map.entry("SE Asia Standard Time", "Asia/Bangkok"),
            Map.entry("China Standard Time", "Asia/Shanghai"),
            Map.entry("Singapore Standard Time", "Asia/Singapore"),
            Map.entry("Tokyo Standard Time", "Asia/Tokyo"),
            Map.entry("Korea Standard Time", "Asia/Seoul"),
            Map.entry("AUS Eastern Standard Time", "Australia/Sydney"),
            Map.entry("E. Australia Standard Time", "Australia/Brisbane"),
            Map.entry("New Zealand Standard Time", "Pacific/Auckland"));

    private WindowsZones() {}

    static Optional<ZoneId> toZone(String windowsName) {
        return Optional.ofNullable(ZONES.get(windowsName)).map(ZoneId::of);
    }
}
