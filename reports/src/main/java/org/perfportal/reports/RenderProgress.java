package org.perfportal.reports;

/**
 * Progress (进度) of one render, for a caller that shows it while a long document is produced:
 * first the rows filled into the document, then the pages exported.
 *
 * <p>Called on the rendering thread; implementations must be cheap and thread-safe to read
 * from elsewhere (a job status request).
 */
public interface RenderProgress {

    /** Ignores progress: the render is short or nobody watches. */
    RenderProgress NONE = new RenderProgress() {
        @Override
        public void rowsFilled(long done, long total) {
        }

        @Override
        public void pagesExported(int done, int total) {
        }
    };

    /**
     * @param done  data rows filled so far
     * @param total rows the document will have, or -1 when the caller did not say
     */
    void rowsFilled(long done, long total);

    /**
     * @param done  pages written so far
     * @param total pages of the filled document
     */
    void pagesExported(int done, int total);
}
