package cn.techmarket.voucher;

import cn.techmarket.common.FormErrors;
import cn.techmarket.common.InvalidInputException;
import cn.techmarket.web.FormInput;
import cn.techmarket.web.FormValidation;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.util.Map;

/**
 * Service orders on pages: the holder orders a catalogue service from the voucher's page; the provider opens the order
 * and confirms the scope and the fee (which reserves the subsidy, or is the 409 of a voucher already taken).
 */
@Path("/vouchers/orders")
@Produces(MediaType.TEXT_HTML)
@Authenticated
class OrderPages {
    @Inject
    OrderService orders;
    @Inject
    VoucherPages pages;
    @Inject
    FormValidation validation;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance order(VoucherView.OrderView order, boolean canConfirm, Map<String, String> values,
                                             FormErrors errors);
    }

    @POST
    public Response place(@RestForm String voucherId, @RestForm String serviceId, @RestForm String scope,
                          @RestForm String persons, HttpHeaders headers) {
        FormInput input = new FormInput();
        Long voucher = input.id("voucherId", voucherId);
        if (voucher == null) {
            throw new InvalidInputException("voucherId", "{voucher.programme.unknown}");
        }
        VoucherForms.Order form = new VoucherForms.Order(input.id("serviceId", serviceId), FormInput.text(scope),
                input.integer("persons", persons), null, null);
        FormErrors errors = FormValidation.merge(input.errors(), validation.check(form), headers);
        if (errors.isEmpty()) {
            try {
                VoucherView.OrderView placed = orders.place(voucher, form);
                return Response.seeOther(URI.create("/vouchers/orders/" + placed.id())).build();
            } catch (InvalidInputException e) {
                errors = validation.of(e, headers);
            }
        }
        return pages.refused(voucher, Map.of("serviceId", blank(serviceId), "scope", blank(scope),
                "persons", blank(persons)), errors);
    }

    @GET
    @Path("/{orderId:\\d+}")
    public TemplateInstance order(@PathParam("orderId") long orderId) {
        VoucherView.OrderView o = orders.get(orderId);
        return Templates.order(o, orders.confirmable(o), Map.of(), FormErrors.NONE);
    }

    @POST
    @Path("/{orderId:\\d+}/confirmation")
    public Response confirm(@PathParam("orderId") long orderId, @RestForm String fee, @RestForm String scope,
                            HttpHeaders headers) {
        FormInput input = new FormInput();
        VoucherForms.Confirmation form = new VoucherForms.Confirmation(input.decimal("fee", fee), FormInput.text(scope));
        FormErrors errors = FormValidation.merge(input.errors(), validation.check(form), headers);
        if (errors.isEmpty()) {
            VoucherView v = orders.confirm(orderId, form);
            return Response.seeOther(URI.create("/vouchers/" + v.id())).build();
        }
        VoucherView.OrderView o = orders.get(orderId);
        return Response.status(400).entity(Templates.order(o, orders.confirmable(o),
                Map.of("fee", blank(fee), "scope", blank(scope)), errors)).build();
    }

    static String blank(String value) {
        return value == null ? "" : value;
    }
}
