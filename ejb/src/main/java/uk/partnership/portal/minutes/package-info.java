/** Minutes: sanitised text per agenda item, every version kept, and saves that never overwrite each other. */
package uk.partnership.portal.minutes;
