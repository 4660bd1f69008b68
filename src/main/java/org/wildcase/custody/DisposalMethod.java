package org.wildcase.custody;

/** The disposal methods of Res. Conf. 17.8 as api.md names them. */
public enum DisposalMethod {
    RETURN_TO_EXPORT_STATE, RESCUE_CENTRE, ZOO_OR_SCIENTIFIC, RELEASE_TO_WILD, DESTRUCTION, EVIDENCE_STORAGE,
    RETURN_TO_OWNER
}
