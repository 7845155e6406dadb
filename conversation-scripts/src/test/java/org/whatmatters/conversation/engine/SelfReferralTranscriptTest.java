package org.whatmatters.conversation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A whole first conversation on the shipped scripts: welcome, self-referral, what matters, contact
 * preferences. The transcript is printed (it goes into the issue note) and its shape is asserted.
 */
class SelfReferralTranscriptTest {

    @Test
    void aPersonSelfRefersAndSaysWhatMattersToThem() {
        Chat chat = Chat.onShippedScripts();
        List<String> transcript = new ArrayList<>();
        String[] replies = {
            "Hi, my worker said to text this number",
            "1", // English
            "yes", // carry on
            "Dee", // what to call me
            "Yes", // 18 or over
            "Leeds", // area
            "1", // community mental health team
            "1", // has a care coordinator
            "Priya Shah",
            "SKIP", // team
            "07700 900456",
            "yes", // share with coordinator
            "My daughter and my allotment",
            "People say I'm patient and funny",
            "I used to play football on Sundays",
            "SKIP", // beliefs
            "Getting out of the flat and seeing people",
            "Football boots and a season of the Sunday league",
            "I'd be out every week and sleeping better",
            "3", // phone calls
            "weekdays", // days, by the option's word
            "1", // mornings
            "yes", // voicemail
            "no"
        }; // letter
        for (String reply : replies) {
            transcript.add("> " + reply);
            chat.send(reply).forEach(text -> transcript.add("< " + text));
        }
        System.out.println(String.join("\n", transcript));

        assertThat(chat.state.finished()).isTrue();
        assertThat(chat.facts)
                .containsEntry("language", "en")
                .containsEntry("consent_to_continue", "yes")
                .containsEntry("preferred_name", "Dee")
                .containsEntry("adult", "yes")
                .containsEntry("area", "Leeds")
                .containsEntry("support", "team")
                .containsEntry("has_coordinator", "yes")
                .containsEntry("coordinator_name", "Priya Shah")
                .containsEntry("coordinator_phone", "07700 900456")
                .containsEntry("consent_share_coordinator", "yes")
                .containsEntry("stopped_enjoying", "I used to play football on Sundays")
                .containsEntry("one_thing", "Football boots and a season of the Sunday league")
                .containsEntry("contact_channel", "phone")
                .containsEntry("contact_days", "weekdays")
                .containsEntry("contact_times", "mornings")
                .containsEntry("voicemail_ok", "yes")
                .containsEntry("letter_ok", "no")
                .containsEntry("referral_status", "what-matters-done")
                .doesNotContainKey("coordinator_team")
                .doesNotContainKey("beliefs");
        assertThat(transcript)
                .filteredOn(line -> line.startsWith("< "))
                .hasSizeGreaterThan(20)
                .noneMatch(line -> line.toLowerCase().contains("budget"))
                .noneMatch(line -> line.contains("{"));
        assertThat(transcript.get(transcript.size() - 1))
                .contains("within 5 working days")
                .contains("the WhatMatters team");
    }
}
