package org.redress.cases.support;

import java.time.Duration;
import java.util.List;

import org.awaitility.core.ConditionTimeoutException;

import org.redress.testsupport.AmqpQueueReader;
import org.redress.testsupport.ArtemisTestResource;

/**
 * Reads the durable queues that other services consume cases-service's events from, for the
 * whole test run (a queue has one reader, so the tests share these).
 */
public final class Queues {

    private static AmqpQueueReader caseEvents;
    private static AmqpQueueReader deadlineEvents;
    private static AmqpQueueReader noticeRequests;

    private Queues() {
    }

    /** complaints-service's queue of case events. */
    public static synchronized AmqpQueueReader caseEvents() {
        if (caseEvents == null) {
            caseEvents = AmqpQueueReader.open(ArtemisTestResource.broker().port(), "case-events::complaints.case-events");
        }
        return caseEvents;
    }

    /** notifications-service's queue of deadline events. */
    public static synchronized AmqpQueueReader deadlineEvents() {
        if (deadlineEvents == null) {
            deadlineEvents = AmqpQueueReader.open(ArtemisTestResource.broker().port(),
                    "deadline-events::notifications.deadline-events");
        }
        return deadlineEvents;
    }

    /** notifications-service's queue of formal notices to send. */
    public static synchronized AmqpQueueReader noticeRequests() {
        if (noticeRequests == null) {
            noticeRequests = AmqpQueueReader.open(ArtemisTestResource.broker().port(),
                    "notice-requests::notifications.notice-requests");
        }
        return noticeRequests;
    }

    /**
     * Waits for an event of {@code type} mentioning {@code id}, then a little longer, and answers
     * every such event: a test asserts there is exactly one.
     */
    public static List<String> events(AmqpQueueReader queue, String type, String id) {
        return events(queue, type, id, Duration.ofSeconds(20));
    }

    /**
     * {@link #events(AmqpQueueReader, String, String)}, waiting at most {@code timeout} for the
     * first; none within it answers an empty list (for tests asserting that nothing was sent).
     */
    public static List<String> events(AmqpQueueReader queue, String type, String id, Duration timeout) {
        try {
            return queue.awaitSettled(body -> body.contains("\"type\":\"" + type + "\"") && body.contains(id), 1, timeout,
                    Duration.ofMillis(500));
        } catch (ConditionTimeoutException none) {
            return matching(queue, type, id);
        }
    }

    private static List<String> matching(AmqpQueueReader queue, String type, String id) {
        return queue.bodies().stream()
                .filter(body -> body.contains("\"type\":\"" + type + "\"") && body.contains(id))
                .toList();
    }
}
