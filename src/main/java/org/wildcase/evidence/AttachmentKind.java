package org.wildcase.evidence;

/** What an attachment shows; GENERATED_DOCUMENT is the system's own (a document it produced), never uploaded. */
public enum AttachmentKind { SPECIMEN_PHOTO, CONCEALMENT_PHOTO, DOCUMENT_SCAN, XRAY_IMAGE, GENERATED_DOCUMENT, OTHER }
