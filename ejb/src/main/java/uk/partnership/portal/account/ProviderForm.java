package uk.partnership.portal.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a system administrator enters to let an agency's people sign in with their own organisation's account. */
public record ProviderForm(
        @NotBlank(message = "Enter the provider's issuer address.")
        @Size(max = 500, message = "The issuer address can be at most 500 characters.")
        @Pattern(regexp = "https?://\\S+", message = "The issuer address must start with https:// (or http:// for a provider on this machine).")
        String issuer,
        @NotBlank(message = "Enter the client id the provider gave the portal.")
        @Size(max = 200, message = "The client id can be at most 200 characters.")
        String clientId,
        @NotBlank(message = "Enter the e-mail domains the provider signs in for, separated by commas.")
        @Size(max = 1000, message = "The e-mail domains can be at most 1,000 characters.")
        String emailDomains) {
}
