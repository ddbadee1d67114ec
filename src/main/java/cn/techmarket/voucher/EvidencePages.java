package cn.techmarket.voucher;

import cn.techmarket.common.FormErrors;
import cn.techmarket.common.InvalidInputException;
import cn.techmarket.common.RuleViolation;
import cn.techmarket.web.FormInput;
import cn.techmarket.web.FormValidation;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.net.URI;
import java.util.Map;

/**
 * Evidence and submission on the voucher's page, under the one voucher page path allowed the upload body limit. A file
 * is checked (plain name, at most 5 MB, PDF/PNG/JPEG by its first bytes) by {@link EvidenceFile} before anything is
 * stored, as through the API; a refused file is a message beside the file field.
 */
@Path("/vouchers/evidence/{voucherId:\\d+}")
@Produces(MediaType.TEXT_HTML)
@Authenticated
class EvidencePages {
    @Inject
    RedemptionService redemption;
    @Inject
    VoucherPages pages;
    @Inject
    FormValidation validation;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@PathParam("voucherId") long voucherId, @RestForm String kind,
                           @RestForm("file") FileUpload file, HttpHeaders headers) {
        FormInput input = new FormInput();
        Evidence.Kind k = input.choice(Evidence.Kind.class, "kind", kind);
        try {
            if (k == null) {
                throw new InvalidInputException("kind", "{value.unreadable}");
            }
            EvidenceFile checked = EvidenceFile.of(file);
            redemption.addEvidence(voucherId, k, checked);
            return Response.seeOther(URI.create("/vouchers/" + voucherId + "#evidence")).build();
        } catch (InvalidInputException e) {
            return pages.refused(voucherId, Map.of("kind", OrderPages.blank(kind)), validation.of(e, headers));
        }
    }

    /** Submission for review, with the invoice's date; a date outside the validity is a message beside it. */
    @POST
    @Path("/submission")
    public Response submit(@PathParam("voucherId") long voucherId, @RestForm String invoiceDate, HttpHeaders headers) {
        FormInput input = new FormInput();
        VoucherForms.Submission form = new VoucherForms.Submission(input.date("invoiceDate", invoiceDate));
        FormErrors errors = FormValidation.merge(input.errors(), validation.check(form), headers);
        if (errors.isEmpty()) {
            try {
                redemption.submit(voucherId, form);
                return Response.seeOther(URI.create("/vouchers/" + voucherId)).build();
            } catch (RuleViolation e) {
                String field = switch (e.code()) {
                    case "invoice-outside-validity" -> "invoiceDate";
                    case "evidence-incomplete" -> "file";
                    default -> throw e;
                };
                errors = validation.of(new InvalidInputException(field, "{voucher." + e.code() + "}"), headers);
            }
        }
        return pages.refused(voucherId, Map.of("invoiceDate", OrderPages.blank(invoiceDate)), errors);
    }
}
