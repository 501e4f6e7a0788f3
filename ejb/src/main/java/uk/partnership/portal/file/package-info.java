/**
 * Uploaded files: what a name and content must be (type read from the content, size, no disguised names) and a file
 * as served. Serves committee papers and action evidence alike, and names no feature.
 */
package uk.partnership.portal.file;
