package org.wildcase.casework;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wildcase.custody.SpecimenCustody;
import org.wildcase.expertise.SpeciesExpertise;
import org.wildcase.legal.LegalHandling;
import org.wildcase.security.WildcaseUser;
import org.wildcase.seizure.CaseRef;
import org.wildcase.seizure.CaseView;
import org.wildcase.seizure.SeizureCases;

/** Composes the case file from the seizure's view and each module's typed part, in one read. */
@Service
public class CaseFiles {

    private final SeizureCases cases;
    private final SpeciesExpertise expertise;
    private final LegalHandling legal;
    private final SpecimenCustody custody;

    private final org.wildcase.reporting.CaseFilePdf pdf;

    private final org.wildcase.audit.AuditTrail audit;
    private final org.wildcase.evidence.CaseEvidence evidence;
    private final org.wildcase.reporting.ExhibitLabels labels;

    CaseFiles(SeizureCases cases, SpeciesExpertise expertise, LegalHandling legal, SpecimenCustody custody,
            org.wildcase.reporting.CaseFilePdf pdf, org.wildcase.audit.AuditTrail audit,
            org.wildcase.evidence.CaseEvidence evidence, org.wildcase.reporting.ExhibitLabels labels) {
        this.labels = labels;
        this.audit = audit;
        this.evidence = evidence;
        this.pdf = pdf;
        this.cases = cases;
        this.expertise = expertise;
        this.legal = legal;
        this.custody = custody;
    }

    /** The case file; 404 when the user may not see the case (the seizure's visibility rules decide). */
    @Transactional(readOnly = true)
    public CaseFile of(String caseNumber, WildcaseUser user) {
        CaseRef ref = cases.visibleRef(caseNumber, user);
        CaseView seizure = cases.view(ref, user);
        long id = ref.id();
        List<SpecimenCustody.CustodyView> handOvers = custody.custody(id);
        return new CaseFile(seizure, expertise.view(id).orElse(null), legal.view(id).orElse(null),
                custody.disposals(id), handOvers, custody.care(id), evidence.all(id), exhibits(seizure, handOvers));
    }

    /** Each specimen line as an exhibit, held by the last recipient of a hand-over, else by the seizing unit. */
    static List<CaseFile.Exhibit> exhibits(CaseView c, List<SpecimenCustody.CustodyView> handOvers) {
        return c.specimens().stream().map(s -> {
            SpecimenCustody.CustodyView last = handOvers.stream().filter(h -> h.specimenIndex() == s.index())
                    .reduce((a, b2) -> b2).orElse(null);
            return new CaseFile.Exhibit(c.caseNumber() + "/E" + (s.index() + 1), s.index(),
                    last == null ? c.unit() : last.to(), last == null ? s.quantity() : last.quantity());
        }).toList();
    }

    /**
     * The case file as someone reads it ({@code how}: {@code api}, {@code view}, {@code pdf}): wildlife cases name
     * people, so each reading is audited (after the read, in a transaction of its own).
     */
    public CaseFile read(String caseNumber, WildcaseUser user, String how) {
        CaseFile file = of(caseNumber, user);
        audit.record(user.username(), "CASE_VIEWED", file.seizure().caseNumber(),
                org.wildcase.audit.AuditTrail.detail("as", how));
        return file;
    }

    /** The case file as PDF, its parts in the order the case file view shows them. */
    public byte[] pdf(CaseFile f, WildcaseUser user, java.util.Locale locale) {
        return pdf.render(f.seizure(), java.util.List.of(
                new org.wildcase.reporting.CaseFilePdf.Part("case.expertise", f.expertise()),
                new org.wildcase.reporting.CaseFilePdf.Part("case.legal", f.legal()),
                new org.wildcase.reporting.CaseFilePdf.Part("case.care", f.care()),
                new org.wildcase.reporting.CaseFilePdf.Part("case.disposals", f.disposals()),
                new org.wildcase.reporting.CaseFilePdf.Part("case.custody", f.custody()),
                new org.wildcase.reporting.CaseFilePdf.Part("case.exhibits", f.exhibits()),
                new org.wildcase.reporting.CaseFilePdf.Part("case.evidence", f.attachments().stream()
                        .map(EvidenceLine::of).toList()),
                new org.wildcase.reporting.CaseFilePdf.Part("case.pictures", pictures(f, user))), user, locale);
    }

    /**
     * The photos of specimens and the document scans as images for the PDF, read through their hash check: the
     * file itself when the PDF library draws it (JPEG, PNG), else its thumbnail; a file that fails its check is
     * left out here (the evidence table still lists it, and the refusal is audited).
     */
    private List<org.wildcase.reporting.CaseFilePdf.Picture> pictures(CaseFile f, WildcaseUser user) {
        String n = f.seizure().caseNumber();
        List<org.wildcase.reporting.CaseFilePdf.Picture> pictures = new java.util.ArrayList<>();
        for (org.wildcase.evidence.CaseEvidence.Attachment a : f.attachments()) {
            boolean shown = a.kind() == org.wildcase.evidence.AttachmentKind.SPECIMEN_PHOTO
                    || a.kind() == org.wildcase.evidence.AttachmentKind.DOCUMENT_SCAN;
            if (!shown || a.retracted() || !a.contentType().startsWith("image/")) {
                continue;
            }
            try {
                byte[] image = a.contentType().equals("image/jpeg") || a.contentType().equals("image/png")
                        ? evidence.read(n, a.id(), user).content()
                        : evidence.thumbnail(n, a.id(), user).orElse(null);
                if (image != null) {
                    pictures.add(new org.wildcase.reporting.CaseFilePdf.Picture(a.caption() != null ? a.caption()
                            : a.fileName(), a.sha256(), image));
                }
            } catch (org.wildcase.api.ProblemException altered) {
                // Refused and audited by the evidence module; not printed as if it were sound.
            }
        }
        return pictures;
    }

    /** The labels of the case's exhibits, one per specimen line, for whoever sees the case. */
    public byte[] labels(String caseNumber, WildcaseUser user) {
        CaseFile f = of(caseNumber, user);
        java.util.Map<Integer, CaseView.SpecimenView> lines = new java.util.HashMap<>();
        f.seizure().specimens().forEach(s -> lines.put(s.index(), s));
        return labels.render(f.exhibits().stream().map(e -> {
            CaseView.SpecimenView s = lines.get(e.specimenIndex());
            String quantity = e.quantity() == null ? "" : e.quantity().stripTrailingZeros().toPlainString()
                    + (s.unit() == null ? "" : " " + s.unit()) + (s.term() == null ? "" : " (" + s.term() + ")");
            String description = s.scientificName() == null ? s.description()
                    : s.description() + " — " + s.scientificName();
            return new org.wildcase.reporting.ExhibitLabels.Label(f.seizure().caseNumber(), e.number(), description,
                    quantity);
        }).toList());
    }

    /** An attachment as the case PDF lists it: enough to find it, and its SHA-256 whole, to prove it unchanged. */
    record EvidenceLine(String file, org.wildcase.evidence.AttachmentKind evidenceKind, String caption,
            String addedBy, java.time.OffsetDateTime addedAt, String sha256, String retracted) {
        static EvidenceLine of(org.wildcase.evidence.CaseEvidence.Attachment a) {
            return new EvidenceLine(a.fileName(), a.kind(), a.caption(), a.uploadedBy(), a.uploadedAt(), a.sha256(),
                    a.retracted() ? a.retractedBy() + ": " + a.retractionReason() : null);
        }
    }
}
