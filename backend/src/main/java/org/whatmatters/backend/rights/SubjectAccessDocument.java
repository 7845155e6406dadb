package org.whatmatters.backend.rights;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A subject-access export as a plain HTML document: one section per kind of record, one table each.
 */
final class SubjectAccessDocument {

    private static final Map<String, String> TITLES =
            Map.ofEntries(
                    Map.entry("person", "You"),
                    Map.entry("fact", "Your answers"),
                    Map.entry("inbound_message", "Messages you sent"),
                    Map.entry("outbound_message", "Messages we sent you"),
                    Map.entry("conversation", "Where your conversation is"),
                    Map.entry("follow_up_contact", "Follow-up contacts"),
                    Map.entry("follow_up_change", "Changes to your follow-ups"),
                    Map.entry("referral", "Your referral"),
                    Map.entry("referral_change", "Changes to your referral"),
                    Map.entry("person_event", "Things staff were told about"),
                    Map.entry("alert", "Alerts sent to staff"),
                    Map.entry("alert_delivery", "How those alerts were delivered"),
                    Map.entry("person_note", "Notes staff wrote"),
                    Map.entry("signpost_offer", "Services suggested to you"),
                    Map.entry("staff_read", "Staff who looked at your records"));

    private SubjectAccessDocument() {}

    static String html(long personId, List<SubjectAccess.Section> sections) {
        StringBuilder html =
                new StringBuilder(
                        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                                + "<title>What WhatMatters holds about you</title></head><body><h1>What WhatMatters holds about you</h1>"
                                + "<p>Reference: person "
                                + personId
                                + ".</p>");
        for (SubjectAccess.Section section : sections) {
            html.append("<h2>")
                    .append(escape(TITLES.getOrDefault(section.table(), section.table())))
                    .append("</h2>");
            if (section.rows().isEmpty()) {
                html.append("<p>None.</p>");
                continue;
            }
            List<String> columns = new ArrayList<>(section.rows().get(0).keySet());
            html.append("<table><thead><tr>");
            columns.forEach(
                    column ->
                            html.append("<th scope=\"col\">")
                                    .append(escape(column.replace('_', ' ')))
                                    .append("</th>"));
            html.append("</tr></thead><tbody>");
            for (Map<String, Object> row : section.rows()) {
                html.append("<tr>");
                columns.forEach(
                        column ->
                                html.append("<td>")
                                        .append(
                                                escape(
                                                        row.get(column) == null
                                                                ? ""
                                                                : row.get(column).toString()))
                                        .append("</td>"));
                html.append("</tr>");
            }
            html.append("</tbody></table>");
        }
        return html.append("</body></html>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
