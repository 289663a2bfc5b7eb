package app.slate.trust.api;

import app.slate.identity.reads.Accounts;
import app.slate.platform.audit.AuditTrail;
import app.slate.platform.auth.Caller;
import app.slate.platform.auth.Roles;
import app.slate.platform.events.AuditAction;
import app.slate.platform.http.auth.CurrentCaller;
import app.slate.platform.outbox.OutboxWakeup;
import app.slate.platform.problem.ProblemException;
import app.slate.trust.privacy.DataExports;
import app.slate.trust.privacy.ErasureRequests;
import app.slate.trust.privacy.ErasureRequests.Source;
import app.slate.trust.privacy.ErasureView;
import app.slate.trust.privacy.ExportView;
import app.slate.trust.privacy.PrivacyConfig;
import app.slate.trust.privacy.ReceiptSignature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Erasure and export. A person's own erasure (or their guardian's, for a minor) waits out the
 * grace period and can be cancelled until then, while the account keeps working; an admin's order
 * runs at once. The receipt is read by the request id the person was given, and checked by anyone
 * with the public key. Exports are the person's alone: no route reads someone else's.
 */
@Path("/")
@Tag(name = "Trust and safety")
public class PrivacyResource {

    /** A receipt and its signature, as read from {@code GET /erasures/{id}/receipt}. */
    public record SignedReceipt(@NotEmpty Map<String, Object> receipt, @NotBlank @Size(max = 200) String signature) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ErasureRequests erasures;
    private final DataExports exports;
    private final ReceiptSignature signatures;
    private final Accounts accounts;
    private final S3Presigner presigner;
    private final PrivacyConfig config;
    private final AuditTrail audit;
    private final OutboxWakeup wakeup;
    private final CurrentCaller caller;

    public PrivacyResource(ErasureRequests erasures, DataExports exports, ReceiptSignature signatures, Accounts accounts, S3Presigner presigner,
                           PrivacyConfig config, AuditTrail audit, OutboxWakeup wakeup, CurrentCaller caller) {
        this.erasures = erasures;
        this.exports = exports;
        this.signatures = signatures;
        this.accounts = accounts;
        this.presigner = presigner;
        this.config = config;
        this.audit = audit;
        this.wakeup = wakeup;
        this.caller = caller;
    }

    @Operation(summary = "Delete your account: everything Slate holds about you is erased after the grace period (30 days), "
            + "which you can cancel until then (DELETE /me/erasure); the same as POST /me/erasure")
    @DELETE
    @Path("/me")
    @Authenticated
    public Uni<Response> deleteAccount() {
        return requestErasure();
    }

    @Operation(summary = "Ask for your erasure (a guardian, for their minor): scheduled after the grace period, cancellable until then")
    @POST
    @Path("/me/erasure")
    @Authenticated
    public Uni<Response> requestErasure() {
        Caller person = caller.get();
        UUID account = UUID.fromString(person.userId());
        Source source = person.actorId() == null ? Source.SELF : Source.GUARDIAN;
        UUID askedBy = person.actorId() == null ? account : UUID.fromString(person.actorId());
        return accounts.minorsOf(account).chain(minors -> {
            if (minors > 0) {
                throw ProblemException.conflict("You are the guardian of " + minors + " minor" + (minors == 1 ? "" : "s")
                        + " on Slate: erase their accounts first (acting for them), then yours.");
            }
            return erasures.request(account, source, askedBy, audit.alongside(person, AuditAction.ERASURE_REQUESTED, account, "account:" + account,
                    "erasure requested with the grace period"));
        }).call(wakeup::now).map(view -> Response.accepted(view).build());
    }

    @Operation(summary = "Your erasure request, while it is scheduled or running")
    @GET
    @Path("/me/erasure")
    @Authenticated
    public Uni<ErasureView> erasure() {
        return erasures.open(UUID.fromString(caller.get().userId()))
                .map(open -> open.orElseThrow(() -> ProblemException.notFound("You have not asked to be erased.")));
    }

    @Operation(summary = "Cancel your erasure while it is scheduled")
    @DELETE
    @Path("/me/erasure")
    @Authenticated
    public Uni<ErasureView> cancelErasure() {
        Caller person = caller.get();
        UUID account = UUID.fromString(person.userId());
        return erasures.cancel(account, audit.alongside(person, AuditAction.ERASURE_CANCELLED, account, "account:" + account, "erasure cancelled"))
                .call(wakeup::now);
    }

    @Operation(summary = "Admins: erase an account now (a court order, a regulator's request, a person asking through support)")
    @POST
    @Path("/admin/accounts/{id}/erasure")
    @RolesAllowed(Roles.ADMIN)
    public Uni<Response> orderErasure(@PathParam("id") UUID accountId) {
        Caller admin = caller.get();
        return accounts.exists(accountId).chain(exists -> {
            if (!exists) {
                throw ProblemException.notFound("No such account.");
            }
            return erasures.request(accountId, Source.ADMIN, audit.alongside(admin, AuditAction.ERASURE_REQUESTED, accountId,
                    "account:" + accountId, "erasure ordered by an admin, at once"));
        }).call(wakeup::now).map(view -> Response.accepted(view).build());
    }

    @Operation(summary = "An erasure's signed receipt, by the request id its person was given (no sign-in: the account is gone)")
    @GET
    @Path("/erasures/{id}/receipt")
    @PermitAll
    public Uni<Map<String, Object>> receipt(@PathParam("id") UUID requestId) {
        return erasures.receipt(requestId).map(found -> {
            ErasureRequests.Receipt receipt = found.orElseThrow(() -> ProblemException.notFound("No such erasure request."));
            if (receipt.receipt() == null) {
                return Map.of("request", receipt.request());
            }
            return Map.of("request", receipt.request(), "receipt", receipt.receipt(), "signature", receipt.signature(),
                    "algorithm", "Ed25519", "publicKey", signatures.publicKeyBase64());
        });
    }

    @Operation(summary = "Check an erasure receipt's signature (the public key at GET /erasures/receipts/key does the same anywhere)")
    @POST
    @Path("/erasures/receipts/verification")
    @PermitAll
    public Map<String, Object> verify(@NotNull @Valid SignedReceipt signed) {
        return Map.of("valid", signatures.verify(JSON.valueToTree(signed.receipt()), signed.signature()));
    }

    @Operation(summary = "The public key erasure receipts are signed with (Ed25519, X.509 DER, base64)")
    @GET
    @Path("/erasures/receipts/key")
    @PermitAll
    public Map<String, String> key() {
        return Map.of("algorithm", "Ed25519", "publicKey", signatures.publicKeyBase64());
    }

    @Operation(summary = "Export everything Slate holds about you (a guardian, for their minor): a ZIP, with a link sent when it is ready; "
            + "one per 24 hours")
    @POST
    @Path("/me/exports")
    @Authenticated
    @APIResponse(responseCode = "202", description = "The export, preparing")
    @APIResponse(responseCode = "429", description = "An export was asked for in the last 24 hours; Retry-After says in how many seconds the next may be")
    public Uni<Response> requestExport() {
        Caller person = caller.get();
        UUID account = UUID.fromString(person.userId());
        UUID requestedBy = person.actorId() == null ? account : UUID.fromString(person.actorId());
        return exports.request(account, requestedBy, audit.alongside(person, AuditAction.DATA_EXPORTED, account, "account:" + account,
                        "data export requested"))
                .call(wakeup::now).map(view -> Response.accepted(view).build());
    }

    @Operation(summary = "Your exports, newest first")
    @GET
    @Path("/me/exports")
    @Authenticated
    public Uni<Map<String, List<ExportView>>> myExports() {
        return exports.of(UUID.fromString(caller.get().userId())).map(list -> Map.of("exports", list));
    }

    @Operation(summary = "Download your export: a redirect to a link that works for a few minutes")
    @GET
    @Path("/me/exports/{id}/download")
    @Authenticated
    public Uni<Response> download(@PathParam("id") UUID exportId) {
        return exports.find(exportId, UUID.fromString(caller.get().userId())).map(found -> {
            DataExports.Downloadable export = found.orElseThrow(() -> ProblemException.notFound("No such export."));
            if (export.objectKey() == null) {
                throw ProblemException.conflict("This export is " + export.view().status().toLowerCase() + ", not ready to download.");
            }
            String bucket = config.bucket().orElseThrow(() -> new IllegalStateException("slate.privacy.bucket is not configured"));
            URI link = URI.create(presigner.presignGetObject(get -> get.signatureDuration(config.downloadLinkLifetime())
                    .getObjectRequest(object -> object.bucket(bucket).key(export.objectKey())
                            .responseContentDisposition("attachment; filename=\"slate-export-" + exportId + ".zip\""))).url().toString());
            return Response.seeOther(link).build();
        });
    }
}
