package dev.preflight.engine;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * bom/pom.xml has no parent (importing it must manage nothing but Preflight and JUnit in a user's project), so it
 * repeats two versions of the build's parent; these tests keep them equal.
 */
class BomTest {

    private static final Path ROOT = Path.of("..");

    @Test
    void itsVersionIsTheBuildsVersion() throws Exception {
        assertThat(text(pom("bom/pom.xml"), "version")).isEqualTo(text(pom("pom.xml"), "version"));
    }

    @Test
    void itImportsTheJUnitReleaseTheEngineIsBuiltOn() throws Exception {
        assertThat(text(pom("bom/pom.xml"), "properties/junit.version"))
                .isEqualTo(text(pom("pom.xml"), "properties/junit.version"));
    }

    @Test
    void itManagesTheModulesAUsersProjectTakes() throws Exception {
        List<String> managed = new ArrayList<>();
        NodeList dependencies = pom("bom/pom.xml").getElementsByTagName("dependency");
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element dependency = (Element) dependencies.item(i);
            managed.add(text(dependency, "groupId") + ":" + text(dependency, "artifactId"));
        }
        assertThat(managed).containsExactly("dev.preflight:preflight-framework", "dev.preflight:preflight-checks",
                "dev.preflight:preflight-duckdb", "dev.preflight:preflight-bigquery", "dev.preflight:preflight-reports",
                "org.junit:junit-bom");
    }

    @Test
    void itBuildsWithThePluginVersionsOfTheBuild() throws Exception {
        List<String> bom = pluginVersions(pom("bom/pom.xml"));
        assertThat(bom).isNotEmpty();
        assertThat(pluginVersions(pom("pom.xml"))).containsAll(bom);
    }

    /** {@return artifactId:version of each plugin in the POM's pluginManagement} */
    private static List<String> pluginVersions(Element pom) {
        List<String> plugins = new ArrayList<>();
        NodeList list = pom.getElementsByTagName("plugin");
        for (int i = 0; i < list.getLength(); i++) {
            Element plugin = (Element) list.item(i);
            if (((Element) plugin.getParentNode().getParentNode()).getTagName().equals("pluginManagement")) {
                plugins.add(text(plugin, "artifactId") + ":" + text(plugin, "version"));
            }
        }
        return plugins;
    }

    private static Element pom(String path) throws Exception {
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(ROOT.resolve(path).toFile());
        return document.getDocumentElement();
    }

    /** {@return the text of the child element at {@code path} (names separated by '/') below {@code parent}} */
    private static String text(Element parent, String path) {
        Element element = parent;
        for (String name : path.split("/")) {
            Element found = null;
            for (org.w3c.dom.Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element candidate && candidate.getTagName().equals(name)) {
                    found = candidate;
                    break;
                }
            }
            assertThat(found).as("<%s> below <%s>", name, element.getTagName()).isNotNull();
            element = found;
        }
        return element.getTextContent().strip();
    }
}
