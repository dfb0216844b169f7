/**
 * Serving the browser portal (the Vue single-page app built from {@code src/main/frontend} into the
 * WAR's root): the single-page fallback for its deep links and the security headers of every answer.
 */
package org.perfportal.web.portal;
