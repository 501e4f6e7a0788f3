/**
 * Minutes: attendance, sanitised text per agenda item (every version kept, saves never overwrite each other),
 * resolutions and referrals, and closing actions by the body's resolution. Above meetings and papers.
 */
package uk.partnership.portal.minutes;
