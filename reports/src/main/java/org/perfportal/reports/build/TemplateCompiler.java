package org.perfportal.reports.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Compiles every report template (报表模板, {@code *.jrxml}) under a source folder to a
 * {@code .jasper} file at the same relative path under the class output folder.
 *
 * <p>Run by the build (exec-maven-plugin, {@code process-classes}) in a forked JVM whose class
 * path is the module's compile class path, so template expressions that call the module's
 * records are type-checked at build time and a broken template fails the build, not a user's
 * download. Arguments: source folder, output folder.
 */
public final class TemplateCompiler {

    private TemplateCompiler() {
    }

    /**
     * @param args the JRXML source folder and the class output folder
     * @throws IOException  when the folders cannot be read or written
     * @throws JRException  when a template does not compile
     */
    public static void main(String[] args) throws IOException, JRException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: TemplateCompiler <jrxml source folder> <output folder>");
        }
        Path sources = Path.of(args[0]);
        Path output = Path.of(args[1]);
        List<Path> templates;
        try (Stream<Path> files = Files.walk(sources)) {
            templates = files.filter(p -> p.toString().endsWith(".jrxml")).sorted().toList();
        }
        for (Path template : templates) {
            String relative = sources.relativize(template).toString();
            Path compiled = output.resolve(relative.substring(0, relative.length() - ".jrxml".length()) + ".jasper");
            Files.createDirectories(compiled.getParent());
            JasperCompileManager.compileReportToFile(template.toString(), compiled.toString());
            System.out.println("Compiled report template " + relative);
        }
    }
}
