package org.wildcase.permit;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import org.wildcase.api.NotFoundException;
import org.wildcase.api.PagedResponse;
import org.wildcase.security.CurrentUser;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The permit register over REST. Who may write is decided by the API security chain (cites-permit-officer). */
@RestController
@RequestMapping("/api/permits")
@Tag(name = "Permits", description = "The home register of CITES permits and certificates")
class PermitController {

    private final PermitRegister register;
    private final CurrentUser currentUser;

    PermitController(PermitRegister register, CurrentUser currentUser) {
        this.register = register;
        this.currentUser = currentUser;
    }

    @PostMapping
    @Operation(summary = "Record a permit or certificate the authority issued (cites-permit-officer)")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201", description = "Recorded; Location "
            + "names it")
    ResponseEntity<RegisteredPermit> record(@RequestBody PermitRegistration registration) {
        RegisteredPermit permit = register.record(registration, currentUser.name());
        return ResponseEntity.created(location(permit.number())).body(permit);
    }

    @GetMapping("/{number}")
    @Operation(summary = "A permit with its status, the quantities shipped per line and the case that used it")
    RegisteredPermit get(@PathVariable String number) {
        return find(number);
    }

    @GetMapping
    @Operation(summary = "A permit by ?number= (for numbers with slashes), or the register page by page")
    Object getOrList(@RequestParam(required = false) String number, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        if (number != null) {
            return find(number);
        }
        return PagedResponse.page(page, size, register::list);
    }

    @PostMapping("/{number}/cancel")
    @Operation(summary = "Cancel a permit (cites-permit-officer)")
    RegisteredPermit cancel(@PathVariable String number, @RequestBody(required = false) PermitCancellation body) {
        return register.cancel(number, body == null ? null : body.reason(), currentUser.name());
    }

    @PostMapping("/cancel")
    @Operation(summary = "Cancel a permit given by ?number= (for numbers with slashes; cites-permit-officer)")
    RegisteredPermit cancelByQuery(@RequestParam String number, @RequestBody(required = false) PermitCancellation body) {
        return cancel(number, body);
    }

    private RegisteredPermit find(String number) {
        return register.find(number).orElseThrow(() -> new NotFoundException("No permit " + number + " in the register."));
    }

    private static URI location(String number) {
        // A number with a slash cannot be a path segment; it is addressed by ?number= instead.
        if (number.contains("/")) {
            return UriComponentsBuilder.fromPath("/api/permits").queryParam("number", "{n}").encode()
                    .buildAndExpand(number).toUri();
        }
        return UriComponentsBuilder.fromPath("/api/permits/{number}").encode().buildAndExpand(number).toUri();
    }
}
