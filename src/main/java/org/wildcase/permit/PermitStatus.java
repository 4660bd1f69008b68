package org.wildcase.permit;

public enum PermitStatus {
    VALID, USED, CANCELLED, EXPIRED
}
