package org.wildcase.security;

/** The role ids of domain.md. They name the function, not the agency. */
public final class Roles {

    public static final String CUSTOMS_OFFICER = "customs-officer";
    public static final String CITES_EXPERT = "cites-expert";
    public static final String PERMIT_OFFICER = "cites-permit-officer";
    public static final String LEGAL_OFFICER = "legal-officer";
    public static final String MANAGER = "manager";
    public static final String ADMIN = "admin";
    public static final String INTEGRATION = "integration";

    /** Every role a person can hold; the integration client is a system, not a person. */
    public static final String[] PEOPLE = {CUSTOMS_OFFICER, CITES_EXPERT, PERMIT_OFFICER, LEGAL_OFFICER, MANAGER, ADMIN};

    private Roles() {
    }
}
