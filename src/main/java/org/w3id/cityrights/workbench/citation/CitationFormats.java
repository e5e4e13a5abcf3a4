package org.w3id.cityrights.workbench.citation;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.w3id.cityrights.http.Conneg;
import org.w3id.cityrights.http.HttpError;
import org.w3id.cityrights.workbench.Json;
import org.w3id.cityrights.workbench.results.TableExport;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A citation as BibTeX, CSL-JSON (what Zotero and citeproc read) or RIS. */
public final class CitationFormats {
    public record Format(String name, String mediaType, String extension, Function<Citation, String> writer) {}

    public static final List<Format> ALL = List.of(
            new Format("bibtex", "application/x-bibtex", "bib", CitationFormats::bibtex),
            new Format("csl", "application/vnd.citationstyles.csl+json", "json", CitationFormats::csl),
            new Format("ris", "application/x-research-info-systems", "ris", CitationFormats::ris));

    private CitationFormats() {}

    public static Format choose(Optional<String> name, String accept) {
        if (name.isPresent()) {
            String n = name.get().strip().toLowerCase(Locale.ROOT);
            return ALL.stream().filter(f -> f.name().equals(n) || f.extension().equals(n) || f.mediaType().equals(n)).findFirst()
                    .orElseThrow(() -> HttpError.notAcceptable("Unknown citation format '" + name.get() + "'. Offered: bibtex, csl, ris."));
        }
        return Conneg.choose(accept, ALL.stream().map(Format::mediaType).toList())
                .flatMap(t -> ALL.stream().filter(f -> f.mediaType().equals(t)).findFirst())
                .orElse(ALL.get(0));
    }

    static String bibtex(Citation c) {
        LocalDate d = c.dateRun();
        return "@misc{" + c.key() + ",\n"
                + "  title = {" + bib(c.title()) + "},\n"
                + "  author = {{" + bib(c.dataset().creator()) + "}},\n"
                + "  year = {" + d.getYear() + "},\n"
                + "  month = {" + d.getMonthValue() + "},\n"
                + "  version = {" + bib(c.link().datasetVersion()) + "},\n"
                + "  howpublished = {\\url{" + c.url() + "}},\n"
                + "  url = {" + c.url() + "},\n"
                + "  urldate = {" + d + "},\n"
                + "  note = {" + bib(c.note()) + "}\n"
                + "}\n";
    }

    static String csl(Citation c) {
        LocalDate d = c.dateRun();
        ArrayNode items = Json.MAPPER.createArrayNode();
        ObjectNode item = items.addObject();
        item.put("id", c.key());
        item.put("type", "dataset");
        item.put("title", c.title());
        item.putArray("author").addObject().put("literal", c.dataset().creator());
        item.put("version", c.link().datasetVersion());
        item.put("URL", c.url());
        item.putObject("issued").putArray("date-parts").addArray().add(d.getYear()).add(d.getMonthValue()).add(d.getDayOfMonth());
        item.putObject("accessed").putArray("date-parts").addArray().add(d.getYear()).add(d.getMonthValue()).add(d.getDayOfMonth());
        item.put("number", c.link().rowCount() + " rows");
        item.put("note", c.note());
        return Json.write(items);
    }

    static String ris(Citation c) {
        LocalDate d = c.dateRun();
        String date = String.format("%04d/%02d/%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
        return "TY  - DATA\r\n"
                + "TI  - " + line(c.title()) + "\r\n"
                + "AU  - " + line(c.dataset().creator()) + "\r\n"
                + "PY  - " + d.getYear() + "\r\n"
                + "DA  - " + date + "\r\n"
                + "ET  - " + line(c.link().datasetVersion()) + "\r\n"
                + "UR  - " + line(c.url()) + "\r\n"
                + "Y2  - " + date + "\r\n"
                + "N1  - " + line(c.note()) + "\r\n"
                + "ER  - \r\n";
    }

    private static String bib(String s) { return TableExport.latexEscape(s); }

    private static String line(String s) { return s.replaceAll("[\\r\\n]+", " "); }
}
