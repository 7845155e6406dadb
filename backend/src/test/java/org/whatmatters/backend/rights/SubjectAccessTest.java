package org.whatmatters.backend.rights;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.whatmatters.backend.security.Role;
import org.whatmatters.backend.support.StaffApi;
import org.whatmatters.backend.support.WithAPartner;

/**
 * An admin exports everything held about one person, as JSON and as a document; only an admin can.
 */
@MicronautTest(environments = "test", transactional = false)
class SubjectAccessTest extends WithAPartner {

    private static final String PHONE = "+447700900744";
    private static final String MARKER = "I used to grow leeks at the allotment";

    @Test
    void theExportHasTheirAnswersMessagesAndWhoReadTheirRecords() {
        Long person = referred(PHONE, Map.of("preferred_name", "Dee", "stopped_enjoying", MARKER));
        partner.get("/partner/people/" + person);
        accounts.create("ada.admin", "admin-password-1", Role.ADMIN, null, "Ada");
        StaffApi admin = signIn("ada.admin", "admin-password-1");

        JsonNode export = admin.get("/staff/people/" + person + "/subject-access");

        assertThat(rows(export, "person"))
                .singleElement()
                .satisfies(row -> assertThat(row.get("phone_e164").asText()).isEqualTo(PHONE));
        assertThat(rows(export, "fact"))
                .anySatisfy(row -> assertThat(row.get("content").asText()).isEqualTo(MARKER));
        assertThat(rows(export, "referral")).hasSize(1);
        assertThat(rows(export, "staff_read"))
                .anySatisfy(
                        row -> {
                            assertThat(row.get("staff").asText()).isEqualTo("sam.partner");
                            assertThat(row.get("route").asText())
                                    .isEqualTo("GET /partner/people/{personId}");
                        });

        String html = admin.getText("/staff/people/" + person + "/subject-access/document");
        assertThat(html)
                .contains("Your answers")
                .contains(MARKER)
                .contains("Staff who looked at your records");

        assertThat(
                        partner.send(HttpRequest.GET("/staff/people/" + person + "/subject-access"))
                                .status())
                .isEqualTo(403);
        assertThat(
                        partner.send(HttpRequest.POST("/staff/people/" + person + "/erasure", ""))
                                .status())
                .isEqualTo(403);
    }

    @Test
    void afterErasureTheExportHoldsNoAnswerAndSaysWhoErasedThem() {
        Long person = referred(PHONE, Map.of("preferred_name", "Dee", "stopped_enjoying", MARKER));
        accounts.create("ada.admin", "admin-password-1", Role.ADMIN, null, "Ada");
        StaffApi admin = signIn("ada.admin", "admin-password-1");

        admin.post("/staff/people/" + person + "/erasure", Map.of());
        JsonNode export = admin.get("/staff/people/" + person + "/subject-access");

        assertThat(export.toString()).doesNotContain(MARKER).doesNotContain(PHONE);
        assertThat(rows(export, "fact")).isEmpty();
        assertThat(rows(export, "referral"))
                .as("that a referral was made stays, for the counts")
                .hasSize(1);
        assertThat(rows(export, "staff_read"))
                .anySatisfy(
                        row -> {
                            assertThat(row.get("staff").asText()).isEqualTo("ada.admin");
                            assertThat(row.get("reason").asText()).isEqualTo("erasure");
                        });
        assertThat(
                        admin.send(
                                        HttpRequest.POST(
                                                "/staff/people/" + person + "/erasure", Map.of()))
                                .status())
                .isEqualTo(404);
    }

    private static List<JsonNode> rows(JsonNode export, String table) {
        List<JsonNode> rows = new ArrayList<>();
        for (JsonNode section : export.get("sections")) {
            if (section.get("table").asText().equals(table)) {
                section.get("rows").forEach(rows::add);
            }
        }
        return rows;
    }
}
