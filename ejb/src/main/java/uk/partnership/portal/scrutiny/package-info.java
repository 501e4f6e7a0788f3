/**
 * Scrutiny work programmes: suggestions, screening, selection and approval, reviews, recommendations, responses.
 * At the top with the improvement plan: selection and approval are resolutions in the minutes, and it answers the
 * action log about the recommendations actions carry out ({@code ScrutinyActionLinks}).
 *
 * <p>One service per sub-concept: {@code SuggestionService} (suggest, add, screen), {@code SelectionService} (the
 * panel selects, the parent approves), {@code TopicReviewService} (sessions, terms, recommendations, the report,
 * responses) and {@code ProgrammeQuery} (what each reader sees). Who reads and keeps topics and recommendations is
 * written once in {@code TopicRules}, and topics are shown one way by {@code TopicViews} (CDI helpers in the caller's
 * transaction).
 */
package uk.partnership.portal.scrutiny;
