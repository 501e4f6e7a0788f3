/** Database start-up: the Flyway migrations, the data source, and the demo partnership for the embedded run. */
package uk.partnership.portal.migration;
