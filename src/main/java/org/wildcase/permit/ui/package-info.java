/**
 * The permit register on screen: everyone signed in reads the permits and certificates the CITES authority issued,
 * with their lines, what was shipped against them and the case that used them; permit officers record new ones and
 * cancel them through the same {@link org.wildcase.permit.PermitRegister} methods as the REST API.
 */
package org.wildcase.permit.ui;
