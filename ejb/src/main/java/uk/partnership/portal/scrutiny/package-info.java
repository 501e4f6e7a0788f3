/**
 * Scrutiny work programmes: suggestions, screening, selection and approval, reviews, recommendations, responses.
 * At the top with the improvement plan: selection and approval are resolutions in the minutes, and it answers the
 * action log about the recommendations actions carry out ({@code ScrutinyActionLinks}).
 */
package uk.partnership.portal.scrutiny;
