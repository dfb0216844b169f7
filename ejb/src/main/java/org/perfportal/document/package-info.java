/**
 * Documents (文书) as the services hand them out: a {@link org.perfportal.document.PreparedDocument}
 * is a file name and a rendering whose data is already loaded, so that {@code web} only chooses
 * between answering it now and rendering it as a background job, and never builds a report's
 * data itself; {@link org.perfportal.document.DocumentRenderers} holds each compiled template once.
 */
package org.perfportal.document;
