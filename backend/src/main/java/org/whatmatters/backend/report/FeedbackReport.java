package org.whatmatters.backend.report;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.whatmatters.backend.person.Fact;
import org.whatmatters.backend.person.FactRepository;

/**
 * What the follow-up contacts heard: each contact's scores and set answers counted, and the
 * free-text answers listed for reading inside the organisation. An answer belongs to the contact
 * whose script asked it (or whose call the partner recorded it from); a person's newest answer to
 * each question of each contact counts.
 */
@Singleton
class FeedbackReport implements ReportKind {

    /**
     * The questions with set answers, in the order the contacts ask them, with the answers they can
     * have.
     */
    private record Question(String name, List<String> answers) {}

    private static final List<Question> COUNTED =
            List.of(
                    new Question("item_arrived", List.of("yes", "no")),
                    new Question("first_impression", List.of("good", "problem", "not-sure")),
                    new Question("going_score", List.of("1", "2", "3", "4", "5")),
                    new Question("signpost_used", List.of("yes", "no")),
                    new Question("wants_signposting", List.of("yes", "no")));
    private static final List<String> FREE_TEXT =
            List.of(
                    "delivery_problem",
                    "item_problem",
                    "going_words",
                    "difference_made",
                    "do_better");

    private final FactRepository facts;

    FeedbackReport(FactRepository facts) {
        this.facts = facts;
    }

    @Override
    public String name() {
        return "feedback";
    }

    @Override
    public String title() {
        return "Feedback from the follow-up contacts";
    }

    @Override
    public List<String> notes() {
        return List.of(
                "Answers of the people who finished self-referral in the period, by contact (1: did it arrive, 2: how is"
                        + " it going, score 1 not well to 5 really well, 3: feedback and signposting).",
                "Free-text answers are listed only inside the organisation, never in an export.");
    }

    @Override
    public List<ReportTable> tables(Cohort cohort) {
        ReportTable.Builder table =
                ReportTable.of(
                        "answers",
                        "Answers by contact",
                        List.of("contact", "question", "answer"),
                        List.of("people"));
        for (int contact = 1; contact <= 3; contact++) {
            for (Question question : COUNTED) {
                Map<String, Long> counts = new TreeMap<>();
                newest(cohort, question.name(), contact)
                        .values()
                        .forEach(answer -> counts.merge(answer, 1L, Long::sum));
                if (counts.isEmpty() && !asks(contact, question.name())) {
                    continue;
                }
                List<String> answers = new ArrayList<>(question.answers());
                counts.keySet().stream()
                        .filter(answer -> !answers.contains(answer))
                        .forEach(answers::add);
                for (String answer : answers) {
                    table.row(
                            List.of(String.valueOf(contact), question.name(), answer),
                            counts.getOrDefault(answer, 0L));
                }
            }
        }
        return List.of(table.build());
    }

    @Override
    public List<Report.FreeText> freeText(Cohort cohort) {
        List<Report.FreeText> listed = new ArrayList<>();
        for (int contact = 1; contact <= 3; contact++) {
            for (String question : FREE_TEXT) {
                for (String answer : newest(cohort, question, contact).values()) {
                    listed.add(new Report.FreeText(contact, question, answer));
                }
            }
        }
        return listed;
    }

    /**
     * Whether the contact's own script asks this question (its rows are shown even when nobody
     * answered yet).
     */
    private static boolean asks(int contact, String question) {
        return switch (question) {
            case "item_arrived", "first_impression" -> contact == 1;
            case "going_score" -> contact == 2;
            case "wants_signposting" -> contact == 3;
            default -> true;
        };
    }

    /** Each person's newest answer to this question in this contact. */
    private Map<Long, String> newest(Cohort cohort, String question, int contact) {
        Map<Long, String> answers = new LinkedHashMap<>();
        if (cohort.personIds().isEmpty()) {
            return answers;
        }
        String script = "follow-up-" + contact;
        for (Fact fact : facts.findByPersonIdInAndNameOrderById(cohort.personIds(), question)) {
            if (script.equals(fact.script())
                    && fact.content() != null
                    && !fact.content().isBlank()) {
                answers.put(fact.personId(), fact.content().strip());
            }
        }
        return answers;
    }
}
