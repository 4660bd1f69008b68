package org.wildcase.species;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.wildcase.api.FieldError;
import org.wildcase.api.InvalidInputException;
import org.wildcase.security.CurrentUser;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Species search for everyone signed in; list versions and import for admins (checked by the API chain). */
@RestController
@RequestMapping("/api/species")
@Tag(name = "Species", description = "The CITES species list and its versions")
class SpeciesController {

    private final SpeciesCatalogue catalogue;
    private final CurrentUser currentUser;

    SpeciesController(SpeciesCatalogue catalogue, CurrentUser currentUser) {
        this.catalogue = catalogue;
        this.currentUser = currentUser;
    }

    /** A search hit as api.md gives it. */
    record SpeciesHit(String scientificName, TaxonRank rank, Appendix appendix, String annotation,
            Map<String, String> commonNames) {

        static SpeciesHit of(Taxon t) {
            Map<String, String> names = new LinkedHashMap<>();
            names.put("en", t.commonEn());
            names.put("ru", t.commonRu());
            names.put("ky", t.commonKy());
            return new SpeciesHit(t.scientificName(), t.rank(), t.appendix(), t.annotation(), names);
        }
    }

    @GetMapping
    @Operation(summary = "Search by scientific or common name in any language; at most 50 matches, unpaged")
    List<SpeciesHit> search(@RequestParam(name = "q", required = false, defaultValue = "") String q) {
        return catalogue.search(q).stream().map(SpeciesHit::of).toList();
    }

    @GetMapping("/versions")
    @Operation(summary = "The stored versions of the species list, newest first")
    List<SpeciesCatalogue.VersionInfo> versions() {
        return catalogue.versions();
    }

    @PostMapping(path = "/imports", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE,
            MediaType.APPLICATION_OCTET_STREAM_VALUE})
    @Operation(summary = "Import a new version from CSV in the shipped format (admin); a bad file changes nothing")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201", description = "The new version")
    ResponseEntity<SpeciesCatalogue.VersionInfo> importCsv(@RequestBody byte[] content,
            @RequestParam(name = "name", required = false) String name) {
        return imported(name, content);
    }

    @PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a new version from an uploaded CSV file (admin)")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201", description = "The new version")
    ResponseEntity<SpeciesCatalogue.VersionInfo> importFile(@RequestPart("file") MultipartFile file)
            throws java.io.IOException {
        return imported(file.getOriginalFilename(), file.getBytes());
    }

    private ResponseEntity<SpeciesCatalogue.VersionInfo> imported(String name, byte[] content) {
        try {
            return ResponseEntity.status(HttpStatus.CREATED)
                    .body(catalogue.importList(name, content, currentUser.name()));
        } catch (SpeciesImportException e) {
            throw new InvalidInputException(e.getMessage(), e.errors().stream()
                    .map(err -> new FieldError("line " + err.line()
                            + (err.column() == null ? "" : " " + err.column()), err.message()))
                    .toList());
        }
    }
}
