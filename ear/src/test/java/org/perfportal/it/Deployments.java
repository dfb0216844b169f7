package org.perfportal.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/**
 * The one deployment every integration test uses: the EAR the build just packaged, exactly as
 * it ships — no hand-picked classes, so what is tested is what runs.
 */
public final class Deployments {

    private Deployments() {
    }

    public static EnterpriseArchive portal() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("portal.ear")));
    }
}
