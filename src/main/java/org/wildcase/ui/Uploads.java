package org.wildcase.ui;

import java.util.List;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

/** The file upload in the user's language: its button, drop label, file actions, progress and errors. */
public final class Uploads {

    private Uploads() {
    }

    public static Upload translated(Upload upload) {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(upload.getTranslation("upload.addFiles.one"))
                .setMany(upload.getTranslation("upload.addFiles.many")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(upload.getTranslation("upload.dropFiles.one"))
                .setMany(upload.getTranslation("upload.dropFiles.many")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(upload.getTranslation("upload.error.tooManyFiles"))
                .setFileIsTooBig(upload.getTranslation("upload.error.fileIsTooBig"))
                .setIncorrectFileType(upload.getTranslation("upload.error.incorrectFileType")));
        i18n.setFile(new UploadI18N.File().setRetry(upload.getTranslation("upload.file.retry"))
                .setStart(upload.getTranslation("upload.file.start"))
                .setRemove(upload.getTranslation("upload.file.remove")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(upload.getTranslation("upload.status.connecting"))
                        .setStalled(upload.getTranslation("upload.status.stalled"))
                        .setProcessing(upload.getTranslation("upload.status.processing"))
                        .setHeld(upload.getTranslation("upload.status.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(upload.getTranslation("upload.remaining.prefix"))
                        .setUnknown(upload.getTranslation("upload.remaining.unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(upload.getTranslation("upload.error.serverUnavailable"))
                        .setUnexpectedServerError(upload.getTranslation("upload.error.unexpectedServerError"))
                        .setForbidden(upload.getTranslation("upload.error.forbidden"))));
        i18n.setUnits(List.of(upload.getTranslation("upload.units").split(",")));
        upload.setI18n(i18n);
        // Once the one file allowed is there, Lumo greys the drop label below the contrast text needs; it stays
        // readable, as it still tells where the file went.
        Span drop = new Span(upload.getTranslation(upload.getMaxFiles() == 1 ? "upload.dropFiles.one"
                : "upload.dropFiles.many"));
        drop.getStyle().set("color", "var(--lumo-secondary-text-color)");
        upload.setDropLabel(drop);
        return upload;
    }
}
