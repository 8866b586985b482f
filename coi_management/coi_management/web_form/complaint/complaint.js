// Public complaint form (rendered through Jinja: texts are translated on the server).
frappe.ready(function () {
	const web_form = frappe.web_form;
	const restrictions = {
		allowed_file_types: [".pdf", ".jpg", ".jpeg", ".png", ".docx"],
		max_file_size: 5 * 1024 * 1024,
	};
	["evidence_1", "evidence_2", "evidence_3"].forEach((fieldname) => {
		const field = web_form.fields_dict && web_form.fields_dict[fieldname];
		if (field) {
			// sent with the form and attached on the server, where type and size are checked again
			field.df.options = { as_dataurl: true, disable_file_browser: true, restrictions };
		}
	});

	$(".web-form-header").after(
		$('<div class="coi-complaint-intro alert alert-info my-3"></div>').text(
			{{ _("Report a suspected conflict of interest or a breach of the rules by an official. You may stay anonymous. Your identity, if you give it, is kept confidential and protected from retaliation (Perbup Semarang 28/2025 article 32).")|tojson }}
		)
	);

	// submitted to the app's guest endpoint, which checks and attaches the evidence itself
	web_form.save = function () {
		const valid = this.validate && this.validate();
		if (!valid && valid !== undefined) return false;
		const values = frappe.ui.FieldGroup.prototype.get_values.call(this, this.allow_incomplete);
		if (!values || window.saving) return false;
		window.saving = true;
		frappe.call({
			method: "coi_management.complaints.intake.submit",
			args: { data: values },
			type: "POST",
			freeze: true,
			callback: (r) => {
				if (!r.exc) this.handle_success(r.message);
			},
			always: () => {
				window.saving = false;
			},
		});
		return false;
	};

	web_form.render_success_page = function (data) {
		const code = data && data.tracking_code;
		if (!code) return;
		const $box = $('<div class="coi-tracking-code my-4"></div>');
		$box.append($("<p></p>").text({{ _("Your tracking code:")|tojson }}));
		$box.append($('<p class="h3 font-monospace" id="tracking-code"></p>').text(code));
		$box.append(
			$("<p></p>").text(
				{{ _("Write it down now: it is shown only once and cannot be recovered. With it you can follow your complaint and answer the handler's questions.")|tojson }}
			)
		);
		$box.append(
			$('<a class="btn btn-primary btn-md" href="/lacak-pengaduan"></a>').text(
				{{ _("Follow my complaint")|tojson }}
			)
		);
		$(".success-page .success-body").append($box);
		$(".success-footer .new-btn").remove();
	};
});
