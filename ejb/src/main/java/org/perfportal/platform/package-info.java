/**
 * The platform under every capability: the application's data source, the schema migration
 * that runs at start, and the health checks operators and the launcher poll.
 */
package org.perfportal.platform;
