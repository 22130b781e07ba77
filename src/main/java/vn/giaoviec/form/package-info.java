/**
 * Camunda Forms (forms/*.form, form-js JSON, schemaVersion 16) as the engine deployed them: the parsed
 * model ({@link vn.giaoviec.form.FormSchema}, its {@link vn.giaoviec.form.FormComponent}s in order), the
 * simple FEEL of {@code conditional.hide} ({@link vn.giaoviec.form.HideCondition}) and a cached loader of
 * a task's deployed form ({@link vn.giaoviec.form.DeployedForms}). No web code here: pages render from
 * this model, and {@code vn.giaoviec.form.contract} checks what is submitted against it.
 */
package vn.giaoviec.form;
